import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";

export async function listLeads(organizationId: string, widgetId: string) {
  const widget = await db.widget.findFirst({ where: { id: widgetId, organizationId }, select: { id: true } });
  if (!widget) throw new AppError("not_found", "Widget not found.");
  return db.lead.findMany({
    where: { organizationId, widgetId },
    orderBy: [{ handledAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: { id: true, name: true, phone: true, email: true, message: true, pageUrl: true, handledAt: true, createdAt: true },
  });
}
export type TLeadRow = Awaited<ReturnType<typeof listLeads>>[number];
