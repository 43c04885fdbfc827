import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { checkRoleChange } from "@/lib/shared/role-rules";
import type { TRole } from "@/lib/shared/permissions";
import { lockMembers } from "./lock-members";

export async function changeMemberRole(opts: { organizationId: string; actor: TActor; membershipId: string; role: TRole }) {
  const { organizationId, membershipId, role } = opts;
  return db.$transaction(async (tx) => {
    const { actorRole, ownerCount } = await lockMembers(tx, organizationId, opts.actor.userId);
    const target = await tx.membership.findFirst({
      where: { id: membershipId, organizationId },
      select: { role: true, user: { select: { email: true } } },
    });
    if (!target) throw new AppError("not_found", "That member is no longer in this organization.");
    if (target.role === role) return { role };
    const rule = checkRoleChange({ actorRole, targetRole: target.role, newRole: role, ownerCount });
    if (!rule.ok) throw new AppError(rule.code, rule.message);
    await tx.membership.updateMany({ where: { id: membershipId, organizationId }, data: { role } });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "member.role_change",
      resourceType: "membership",
      resourceId: membershipId,
      metadata: { email: target.user.email, from: target.role, to: role },
    });
    return { role };
  });
}
