import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { checkRemoval } from "@/lib/shared/role-rules";
import { lockMembers } from "./lock-members";

export async function removeMember(opts: { organizationId: string; actor: TActor; membershipId: string }) {
  const { organizationId, membershipId } = opts;
  return db.$transaction(async (tx) => {
    const { actorRole, ownerCount } = await lockMembers(tx, organizationId, opts.actor.userId);
    const target = await tx.membership.findFirst({
      where: { id: membershipId, organizationId },
      select: { role: true, userId: true, user: { select: { email: true } } },
    });
    if (!target) throw new AppError("not_found", "That member is no longer in this organization.");
    const rule = checkRemoval({ actorRole, targetRole: target.role, ownerCount });
    if (!rule.ok) throw new AppError(rule.code, rule.message);
    await tx.membership.deleteMany({ where: { id: membershipId, organizationId } });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "member.remove",
      resourceType: "membership",
      resourceId: membershipId,
      metadata: { email: target.user.email, role: target.role, userId: target.userId },
    });
    return { removed: true };
  });
}
