import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";

export async function deleteWidget(organizationId: string, actor: TAuditActor, widgetId: string) {
  return db.$transaction(async (tx) => {
    const w = await tx.widget.findFirst({ where: { id: widgetId, organizationId }, select: { id: true, name: true, slug: true } });
    if (!w) throw new AppError("not_found", "Widget not found.");
    await tx.widget.deleteMany({ where: { id: widgetId, organizationId } });
    await recordAudit(tx, actor, { action: "widget.delete", resourceType: "widget", resourceId: w.id, metadata: { name: w.name, slug: w.slug } });
    return { id: w.id };
  });
}
