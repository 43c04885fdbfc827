"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/shared/action-result";

type TLead = { id: string; name: string | null; phone: string | null; email: string | null; message: string | null; pageUrl: string | null; handledAt: Date | null; createdAt: Date };

const fmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function LeadsTable(props: { orgSlug: string; leads: TLead[]; canWrite: boolean; mark: (orgSlug: string, raw: unknown) => Promise<TActionResult<unknown>> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const toggle = (id: string, handled: boolean) =>
    start(async () => {
      await props.mark(props.orgSlug, { id, handled });
      router.refresh();
    });
  return (
    <div className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Callback requests</caption>
        <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-5 py-3">Requested</th>
            <th scope="col" className="px-5 py-3">Caller</th>
            <th scope="col" className="hidden px-5 py-3 md:table-cell">Message</th>
            <th scope="col" className="px-5 py-3">Status</th>
            <th scope="col" className="px-5 py-3"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.leads.map((l) => (
            <tr key={l.id} className={l.handledAt ? "text-slate-500" : ""}>
              <td className="whitespace-nowrap px-5 py-3.5">{fmt.format(new Date(l.createdAt))}</td>
              <td className="px-5 py-3.5">
                <div className="whitespace-nowrap font-medium text-slate-900">{l.name || "Anonymous"}</div>
                {l.phone ? <a href={`tel:${l.phone.replace(/[^\d+]/g, "")}`} className="whitespace-nowrap font-mono text-brand-700 hover:underline">{l.phone}</a> : null}
              </td>
              <td className="hidden max-w-md px-5 py-3.5 md:table-cell">
                <p className="line-clamp-2">{l.message || <span className="text-slate-400">—</span>}</p>
                {l.pageUrl ? <p className="truncate text-xs text-slate-400">from {l.pageUrl}</p> : null}
              </td>
              <td className="px-5 py-3.5">{l.handledAt ? <Badge>Handled</Badge> : <Badge tone="brand">Open</Badge>}</td>
              <td className="whitespace-nowrap px-5 py-3.5 text-right">
                {props.canWrite ? (
                  <Button size="sm" variant={l.handledAt ? "ghost" : "secondary"} disabled={pending} onClick={() => toggle(l.id, !l.handledAt)}>
                    {l.handledAt ? "Reopen" : "Mark handled"}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
