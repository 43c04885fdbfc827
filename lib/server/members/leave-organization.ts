import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { checkLeave } from "@/lib/shared/role-rules";
import { lockMembers } from "./lock-members";

// Any member may leave, viewers included; only the last owner may not (the organization would be unmanageable).
export async function leaveOrganization(opts: { organizationId: string; actor: TActor }) {
  const { organizationId } = opts;
  return db.$transaction(async (tx) => {
    const { actorRole, actorMembershipId, ownerCount } = await lockMembers(tx, organizationId, opts.actor.userId);
    const rule = checkLeave({ role: actorRole, ownerCount });
    if (!rule.ok) throw new AppError(rule.code, rule.message);
    await tx.membership.deleteMany({ where: { id: actorMembershipId, organizationId } });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "member.leave",
      resourceType: "membership",
      resourceId: actorMembershipId,
      metadata: { email: opts.actor.email, role: actorRole },
    });
    return { left: true };
  });
}
