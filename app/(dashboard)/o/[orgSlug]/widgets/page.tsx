import Link from "next/link";
import { LayoutGrid, Plus, ExternalLink } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listWidgets } from "@/lib/server/widgets/list-widgets";
import { can } from "@/lib/shared/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Widgets" };

export default async function WidgetsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "widgets.read");
  const widgets = await listWidgets(ctx.org.id);
  const canWrite = can(ctx.role, "widgets.write");
  const newButton = canWrite ? (
    <Link href={`/o/${orgSlug}/widgets/new`} className={buttonClass()}>
      <Plus className="size-4" aria-hidden /> New widget
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title="Widgets" description="Click-to-call buttons and hosted call links, one per campaign." actions={widgets.length ? newButton : null} />
      {widgets.length === 0 ? (
        <EmptyState icon={<LayoutGrid className="size-6" />} title="No widgets yet" description="A widget is one campaign: where calls go, how the button looks, when it's open and who may call." action={newButton} />
      ) : (
        <div className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-5 py-3">Widget</th>
                <th scope="col" className="px-5 py-3">Status</th>
                <th scope="col" className="hidden px-5 py-3 md:table-cell">Destination</th>
                <th scope="col" className="hidden px-5 py-3 lg:table-cell">Sites</th>
                <th scope="col" className="px-5 py-3">Callbacks</th>
                <th scope="col" className="px-5 py-3"><span className="sr-only">Hosted link</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {widgets.map((w) => (
                <tr key={w.id} className="hover:bg-slate-50/60">
                  <td className="px-5 py-3.5">
                    <Link href={`/o/${orgSlug}/widgets/${w.id}`} className="font-medium text-slate-900 hover:text-brand-700">{w.name}</Link>
                    <div className="text-xs text-slate-500">/c/{w.slug}</div>
                  </td>
                  <td className="px-5 py-3.5">
                    {w.status === "PAUSED" ? <Badge>Paused</Badge> : w.openNow ? <Badge tone="success">Open now</Badge> : <Badge tone="warning">Closed now</Badge>}
                  </td>
                  <td className="hidden px-5 py-3.5 font-mono text-slate-700 md:table-cell">{w.destination}{w.trunkName ? <span className="ml-2 font-sans text-xs text-slate-500">via {w.trunkName}</span> : null}</td>
                  <td className="hidden px-5 py-3.5 text-slate-600 lg:table-cell">{w.allowedOrigins.length ? `${w.allowedOrigins.length} site${w.allowedOrigins.length > 1 ? "s" : ""}` : "None yet"}</td>
                  <td className="px-5 py-3.5">
                    <Link href={`/o/${orgSlug}/widgets/${w.id}/leads`} className="text-slate-700 hover:text-brand-700">{w.openLeads ? <Badge tone="brand">{w.openLeads} open</Badge> : "—"}</Link>
                  </td>
                  <td className="px-5 py-3.5 text-right">
                    {w.hostedLinkEnabled ? (
                      <a href={`/c/${w.slug}`} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-brand-700" aria-label={`Open hosted link of ${w.name}`}>
                        <ExternalLink className="size-4" aria-hidden />
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
