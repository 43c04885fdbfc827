import Link from "next/link";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { getWidget } from "@/lib/server/widgets/get-widget";
import { AppError } from "@/lib/server/errors";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { WidgetTabs } from "@/components/widgets/widget-tabs";

export default async function WidgetLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string; widgetId: string }> }) {
  const { orgSlug, widgetId } = await params;
  const ctx = await requireOrgPage(orgSlug, "widgets.read");
  const w = await getWidget(ctx.org.id, widgetId).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  return (
    <>
      <div className="mb-2 text-sm text-slate-500">
        <Link href={`/o/${orgSlug}/widgets`} className="hover:text-slate-800">Widgets</Link> / {w.input.name}
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{w.input.name}</h1>
        {w.input.status === "PAUSED" ? <Badge>Paused</Badge> : <Badge tone="success">Active</Badge>}
      </div>
      <WidgetTabs base={`/o/${orgSlug}/widgets/${widgetId}`} />
      <div className="mt-6">{children}</div>
    </>
  );
}
