import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { lockMembers } from "@/lib/server/members/lock-members";
import { checkInviteRole } from "@/lib/shared/role-rules";
import type { TRole } from "@/lib/shared/permissions";
import { newInviteToken } from "./invite-token";

// Returns the raw token exactly once; only its hash is stored. Inviting an email that already has a pending
// invite replaces it (the older link stops working), which is also how an inviter "resends".
export async function createInvite(opts: { organizationId: string; actor: TActor; email: string; role: TRole }) {
  const { organizationId, role } = opts;
  const email = opts.email.trim().toLowerCase(); // the schema does this too; the service must not depend on it
  const { token, tokenHash, expiresAt } = newInviteToken();
  return db.$transaction(async (tx) => {
    const { actorRole } = await lockMembers(tx, organizationId, opts.actor.userId);
    const rule = checkInviteRole({ actorRole, inviteRole: role });
    if (!rule.ok) throw new AppError(rule.code, rule.message);
    const member = await tx.membership.findFirst({ where: { organizationId, user: { email } }, select: { id: true } });
    if (member) throw new AppError("conflict", `${email} is already a member of this organization.`, { field: "email" });
    const replaced = await tx.invite.updateMany({
      where: { organizationId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invite = await tx.invite.create({
      data: { organizationId, email, role, tokenHash, expiresAt, createdById: opts.actor.userId },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "invite.create",
      resourceType: "invite",
      resourceId: invite.id,
      metadata: { email, role, replacedPending: replaced.count },
    });
    return { ...invite, token };
  });
}
