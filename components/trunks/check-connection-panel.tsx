"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { CheckCircle2, Loader2, PlugZap, XCircle } from "lucide-react";
import { checkConnectionAction } from "@/app/(dashboard)/o/[orgSlug]/trunks/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";

export type TCheckShown = { at: string; ok: boolean; code: number | null; reason?: string | null; rttMs: number | null; server: string | null; error: string | null };

export function CheckConnectionPanel(props: { orgSlug: string; trunkId: string; last: TCheckShown | null; canCheck: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [, startRefresh] = useTransition();
  const [result, setResult] = useState<TCheckShown | null>(props.last);
  const [error, setError] = useState<string | null>(null);

  // The button is busy for the check itself; the page refresh (header badge, list) follows in the background.
  async function run() {
    setError(null);
    setPending(true);
    const res = await checkConnectionAction(props.orgSlug, { trunkId: props.trunkId }).finally(() => setPending(false));
    if (!res.ok) return setError(res.message);
    const r = res.data;
    setResult({ at: r.checkedAt, ok: r.ok, code: r.code, reason: r.reason, rttMs: r.rttMs, server: r.server, error: r.ok ? null : r.message });
    startRefresh(() => router.refresh());
  }

  return (
    <Card>
      <CardHeader
        title="Check connection"
        description="Opens a WebSocket (subprotocol sip) from our server to the SBC and sends a SIP OPTIONS."
        actions={
          props.canCheck ? (
            <Button variant="secondary" onClick={run} disabled={pending}>
              {pending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <PlugZap className="size-4" aria-hidden />}
              {pending ? "Checking…" : "Check connection"}
            </Button>
          ) : null
        }
      />
      <div className="p-5" aria-live="polite" data-testid="check-result">
        <FormError message={error} />
        {result ? <CheckResult r={result} /> : <p className="text-sm text-slate-500">Not checked yet. Run a check after saving the SBC URL.</p>}
      </div>
    </Card>
  );
}

function CheckResult({ r }: { r: TCheckShown }) {
  const Icon = r.ok ? CheckCircle2 : XCircle;
  return (
    <div className={r.ok ? "rounded-lg bg-emerald-50 p-4 ring-1 ring-inset ring-emerald-200" : "rounded-lg bg-red-50 p-4 ring-1 ring-inset ring-red-200"}>
      <p className={r.ok ? "flex items-center gap-2 font-medium text-emerald-800" : "flex items-center gap-2 font-medium text-red-800"}>
        <Icon className="size-5" aria-hidden />
        {r.ok ? "Connected: the SBC answered" : "Connection failed"}
      </p>
      {r.error ? <p className="mt-1 text-sm text-red-800">{r.error}</p> : null}
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        <Item label="SIP response" value={r.code ? `${r.code}${r.reason ? ` ${r.reason}` : ""}` : "—"} />
        <Item label="Round trip" value={r.rttMs !== null ? `${r.rttMs} ms` : "—"} />
        <Item label="Server" value={r.server ?? "—"} />
        <Item label="Checked" value={new Date(r.at).toISOString().replace("T", " ").slice(0, 19) + " UTC"} />
      </dl>
    </div>
  );
}

function Item(props: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs uppercase tracking-wide text-slate-500">{props.label}</dt>
      <dd className="truncate font-medium text-slate-900" title={props.value}>
        {props.value}
      </dd>
    </div>
  );
}
