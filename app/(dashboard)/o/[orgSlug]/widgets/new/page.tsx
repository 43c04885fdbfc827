import Link from "next/link";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listWidgetOptions } from "@/lib/server/widgets/widget-options";
import { DEFAULT_WIDGET } from "@/lib/shared/widget/widget-schema";
import { PageHeader } from "@/components/ui/page-header";
import { WidgetBuilder } from "@/components/widgets/builder/widget-builder";
import { createWidgetAction } from "../actions";

export const metadata = { title: "New widget" };

export default async function NewWidgetPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "widgets.write");
  const options = await listWidgetOptions(ctx.org.id);
  const initial = { ...DEFAULT_WIDGET, name: "", destination: "", appearance: { ...DEFAULT_WIDGET.appearance, companyName: ctx.org.name } };
  return (
    <>
      <div className="mb-2 text-sm text-slate-500">
        <Link href={`/o/${orgSlug}/widgets`} className="hover:text-slate-800">Widgets</Link> / New
      </div>
      <PageHeader title="New widget" description="Build the campaign; the preview shows exactly what visitors will see." />
      <WidgetBuilder initial={initial} publicId="preview" options={options} save={createWidgetAction} orgSlug={orgSlug} submitLabel="Create widget" />
    </>
  );
}
