import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { widgetToInput } from "./widget-data";

// For the builder: the widget's settings in the form's shape, plus the ids the share panel needs.
export async function getWidget(organizationId: string, widgetId: string) {
  const w = await db.widget.findFirst({ where: { id: widgetId, organizationId } });
  if (!w) throw new AppError("not_found", "Widget not found.");
  return { id: w.id, publicId: w.publicId, slug: w.slug, input: widgetToInput(w), createdAt: w.createdAt, updatedAt: w.updatedAt };
}
export type TWidgetDetail = Awaited<ReturnType<typeof getWidget>>;
