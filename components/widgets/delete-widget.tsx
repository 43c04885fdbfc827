"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { TActionResult } from "@/lib/shared/action-result";

// Deleting stops the button and the hosted link at once and removes the widget's callback requests: a typed
// confirmation (the widget's name) makes that a deliberate act.
export function DeleteWidget(props: { orgSlug: string; id: string; name: string; remove: (orgSlug: string, raw: unknown) => Promise<TActionResult<unknown>> }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const confirm = () =>
    start(async () => {
      const res = await props.remove(props.orgSlug, { id: props.id });
      if (!res.ok) return setError(res.message);
      router.push(`/o/${props.orgSlug}/widgets`);
      router.refresh();
    });
  return (
    <section aria-labelledby="danger-title" className="mt-10 rounded-xl bg-white p-5 shadow-sm ring-1 ring-red-200">
      <h2 id="danger-title" className="text-base font-semibold text-slate-900">Delete widget</h2>
      <p className="mt-1 text-sm text-slate-500">The button stops working on every site, the hosted link goes away and its callback requests are deleted.</p>
      {!open ? (
        <Button variant="secondary" className="mt-4" disabled={!hydrated} onClick={() => setOpen(true)}>
          <Trash2 className="size-4" aria-hidden /> Delete widget…
        </Button>
      ) : (
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <label className="text-sm text-slate-700">
            <span className="mb-1.5 block">Type <b>{props.name}</b> to confirm</span>
            <input value={typed} onChange={(e) => setTyped(e.target.value)} className="rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-red-600" />
          </label>
          <Button variant="danger" disabled={typed !== props.name || pending} onClick={confirm}>{pending ? "Deleting…" : "Delete for good"}</Button>
          <Button variant="ghost" onClick={() => (setOpen(false), setTyped(""))}>Cancel</Button>
          {error ? <p role="alert" className="w-full text-sm text-red-600">{error}</p> : null}
        </div>
      )}
    </section>
  );
}
