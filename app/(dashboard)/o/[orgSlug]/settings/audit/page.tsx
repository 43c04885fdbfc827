import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, ChevronRight, ScrollText } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { ZAuditPage } from "@/lib/shared/audit-schemas";
import { Card, CardHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export const metadata: Metadata = { title: "Audit log" };

// Fixed widths: long emails and user agents truncate (full text on hover) instead of pushing the table off-screen.
const COLUMNS = [
  ["When", "w-[19%]"],
  ["Who", "w-[20%]"],
  ["Action", "w-[17%]"],
  ["Resource", "w-[15%]"],
  ["IP", "w-[12%]"],
  ["User agent", "w-[17%]"],
] as const;

const when = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone: "UTC" });

function Pager(props: { base: string; page: number; pageCount: number }) {
  const link = (page: number, label: string, icon: React.ReactNode, disabled: boolean) =>
    disabled ? (
      <span aria-disabled className={cn(buttonClass("secondary", "sm"), "pointer-events-none opacity-50")}>
        {icon}
        {label}
      </span>
    ) : (
      <Link href={`${props.base}?page=${page}`} className={buttonClass("secondary", "sm")}>
        {icon}
        {label}
      </Link>
    );
  return (
    <nav aria-label="Audit log pages" className="flex items-center justify-between gap-3 border-t border-slate-100 px-5 py-3 text-sm text-slate-500">
      <span>
        Page {props.page} of {props.pageCount}
      </span>
      <div className="flex gap-2">
        {link(props.page - 1, "Newer", <ChevronLeft className="size-4" aria-hidden />, props.page <= 1)}
        {link(props.page + 1, "Older", <ChevronRight className="size-4" aria-hidden />, props.page >= props.pageCount)}
      </div>
    </nav>
  );
}

export default async function AuditLogPage(props: { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ page?: string }> }) {
  const { orgSlug } = await props.params;
  const ctx = await requireOrgPage(orgSlug, "audit.read");
  const page = ZAuditPage.parse((await props.searchParams).page);
  const log = await listAuditLog({ organizationId: ctx.org.id, page });

  return (
    <Card>
      <CardHeader title="Audit log" description={`Every change made in ${ctx.org.name}, newest first. Times are UTC.`} />
      {log.total === 0 ? (
        <div className="flex flex-col items-center px-6 py-14 text-center">
          <ScrollText className="mb-3 size-8 text-slate-300" aria-hidden />
          <p className="font-medium text-slate-900">Nothing recorded yet</p>
          <p className="mt-1 max-w-sm text-sm text-slate-500">Renaming the organization, inviting members, changing roles, trunks and widgets all appear here.</p>
        </div>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[860px] table-fixed text-left text-sm">
              <colgroup>
                {COLUMNS.map(([name, width]) => (
                  <col key={name} className={width} />
                ))}
              </colgroup>
              <thead className="border-b border-slate-100 text-xs font-medium uppercase tracking-wide text-slate-500">
                <tr>
                  {COLUMNS.map(([h]) => (
                    <th key={h} scope="col" className="px-4 py-2.5 whitespace-nowrap">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {log.entries.map((e) => (
                  <tr key={e.id} className="align-top hover:bg-slate-50/60">
                    <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                      <time dateTime={e.createdAt.toISOString()}>{when.format(e.createdAt)}</time>
                    </td>
                    <td className="px-4 py-3 text-slate-900">
                      {e.actorEmail ? (
                        <div className="truncate" title={e.actorEmail}>
                          {e.actorEmail}
                        </div>
                      ) : (
                        <span className="text-slate-400">System</span>
                      )}
                    </td>
                    <td className="px-4 py-3">
                      <code className="rounded-md bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{e.action}</code>
                    </td>
                    <td className="px-4 py-3 text-slate-600">
                      {e.resourceType}
                      {e.resourceId ? <span className="block truncate font-mono text-xs text-slate-400" title={e.resourceId}>{e.resourceId}</span> : null}
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap font-mono text-xs text-slate-600">{e.ip ?? "—"}</td>
                    <td className="px-4 py-3 text-xs text-slate-500">
                      <div className="truncate" title={e.userAgent ?? undefined}>
                        {e.userAgent ?? "—"}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager base={`/o/${ctx.org.slug}/settings/audit`} page={log.page} pageCount={log.pageCount} />
        </>
      )}
    </Card>
  );
}
