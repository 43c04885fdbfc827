import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { getWidget } from "@/lib/server/widgets/get-widget";
import { listWidgetOptions } from "@/lib/server/widgets/widget-options";
import { can } from "@/lib/shared/permissions";
import { WidgetBuilder } from "@/components/widgets/builder/widget-builder";
import { DeleteWidget } from "@/components/widgets/delete-widget";
import { deleteWidgetAction, updateWidgetAction } from "../actions";

export const metadata = { title: "Widget settings" };

export default async function EditWidgetPage({ params }: { params: Promise<{ orgSlug: string; widgetId: string }> }) {
  const { orgSlug, widgetId } = await params;
  const ctx = await requireOrgPage(orgSlug, "widgets.read");
  const [w, options] = await Promise.all([getWidget(ctx.org.id, widgetId), listWidgetOptions(ctx.org.id)]);
  const canWrite = can(ctx.role, "widgets.write");
  return (
    <>
      <fieldset disabled={!canWrite} className="min-w-0">
        {!canWrite ? <p className="mb-4 rounded-lg bg-amber-50 px-4 py-2 text-sm text-amber-800 ring-1 ring-amber-200">You can view this widget; ask an admin to change it.</p> : null}
        <WidgetBuilder initial={w.input} publicId={w.publicId} options={options} save={updateWidgetAction} orgSlug={orgSlug} widgetId={w.id} submitLabel="Save changes" />
      </fieldset>
      {canWrite ? <DeleteWidget orgSlug={orgSlug} id={w.id} name={w.input.name} remove={deleteWidgetAction} /> : null}
    </>
  );
}
