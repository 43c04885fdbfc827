"use client";
import { useState } from "react";
import { FlaskConical, Loader2 } from "lucide-react";
import { mintIceTestCredentialsAction } from "@/app/(dashboard)/o/[orgSlug]/ice-servers/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { probeIceUrl, type TCandidateType, type TIceProbe } from "@/lib/call/ice-probe";
import { overallVerdict, verdictFor, type TUrlVerdict } from "@/lib/shared/ice-servers/ice-verdict";

const TIMEOUT_MS = 3000;
const TYPES: TCandidateType[] = ["host", "srflx", "relay"];
type TRow = { probe: TIceProbe; verdict: TUrlVerdict };

// Runs in the admin's own browser with freshly minted credentials: the same path a visitor's browser takes.
export function IceTestPanel(props: { orgSlug: string; setId: string; relayOnly: boolean }) {
  const [running, setRunning] = useState(false);
  const [rows, setRows] = useState<TRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setRunning(true);
    setError(null);
    setRows(null);
    try {
      const res = await mintIceTestCredentialsAction(props.orgSlug, { setId: props.setId });
      if (!res.ok) return setError(res.message);
      // One RTCPeerConnection per URL, in parallel: each server and transport is judged on its own.
      const jobs = res.data.flatMap((s) => s.urls.map((url) => probeIceUrl({ url, username: s.username, credential: s.credential }, TIMEOUT_MS)));
      const probes = await Promise.all(jobs);
      setRows(probes.map((probe) => ({ probe, verdict: verdictFor(probe, TIMEOUT_MS) })));
    } catch (err) {
      setError(err instanceof Error ? err.message : "The test could not run in this browser.");
    } finally {
      setRunning(false);
    }
  }

  return (
    <Card>
      <CardHeader
        title="Test in browser"
        description="Gathers ICE candidates from this browser against each server with fresh 2-minute credentials."
        actions={
          <Button variant="secondary" onClick={run} disabled={running}>
            {running ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <FlaskConical className="size-4" aria-hidden />}
            {running ? "Testing…" : "Test in browser"}
          </Button>
        }
      />
      <div className="space-y-4 p-5" aria-live="polite">
        <FormError message={error} />
        {rows ? (
          <>
            <p data-testid="ice-verdict" className={`font-medium ${verdictTone(rows, props.relayOnly)}`}>
              {overallVerdict(rows.map((r) => r.verdict), { relayOnly: props.relayOnly })}
            </p>
            <ResultTable rows={rows} />
          </>
        ) : running ? null : (
          <p className="text-sm text-slate-500">Save the set first, then test. Each URL gets {TIMEOUT_MS / 1000} s.</p>
        )}
      </div>
    </Card>
  );
}

// Green when every server works; red when a relay-only set has no working TURN server (every call would fail).
function verdictTone(rows: TRow[], relayOnly: boolean) {
  if (rows.every((r) => r.verdict.ok)) return "text-emerald-800";
  return relayOnly && !rows.some((r) => r.verdict.ok && r.verdict.url.startsWith("turn")) ? "text-red-700" : "text-slate-900";
}

function ResultTable({ rows }: { rows: TRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">URL</th>
            <th className="px-4 py-2 font-medium">Transport</th>
            {TYPES.map((t) => (
              <th key={t} className="px-4 py-2 font-medium">
                {t}
              </th>
            ))}
            <th className="px-4 py-2 font-medium">Result</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ probe, verdict }) => (
            <tr key={probe.url} data-testid="ice-result-row">
              <td className="px-4 py-2 font-mono text-xs text-slate-700">{probe.url}</td>
              <td className="whitespace-nowrap px-4 py-2 text-slate-700">{verdict.label}</td>
              {TYPES.map((t) => (
                <td key={t} className="whitespace-nowrap px-4 py-2 tabular-nums" data-candidate={t}>
                  {probe.firstMs[t] !== undefined ? <Badge tone="success">{probe.firstMs[t]} ms</Badge> : <span className="text-slate-400">—</span>}
                </td>
              ))}
              <td className="px-4 py-2">
                <Badge tone={verdict.ok ? "success" : verdict.unclear ? "warning" : "danger"}>
                  {verdict.ok ? "Works" : verdict.unclear ? "Unclear" : probe.timedOut ? "No answer" : "Failed"}
                </Badge>
                <div className="mt-1 max-w-xs text-xs text-slate-500">{verdict.text}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
