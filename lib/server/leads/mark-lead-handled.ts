import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";

export async function markLeadHandled(organizationId: string, actor: TAuditActor, leadId: string, handled: boolean) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.lead.updateMany({ where: { id: leadId, organizationId }, data: { handledAt: handled ? new Date() : null } });
    if (count !== 1) throw new AppError("not_found", "Request not found.");
    await recordAudit(tx, actor, { action: handled ? "lead.handled" : "lead.reopened", resourceType: "lead", resourceId: leadId });
    return { id: leadId, handled };
  });
}
