import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { lockMembers } from "@/lib/server/members/lock-members";
import { checkInviteRole } from "@/lib/shared/role-rules";
import { newInviteToken } from "./invite-token";

// A pending invite's link cannot be shown again (only its hash is kept), so "copy link" issues a fresh token and a
// fresh 7-day expiry; the previous link stops working at once.
export async function renewInviteLink(opts: { organizationId: string; actor: TActor; inviteId: string }) {
  const { organizationId, inviteId } = opts;
  const { token, tokenHash, expiresAt } = newInviteToken();
  return db.$transaction(async (tx) => {
    const { actorRole } = await lockMembers(tx, organizationId, opts.actor.userId);
    const invite = await tx.invite.findFirst({
      where: { id: inviteId, organizationId, acceptedAt: null, revokedAt: null },
      select: { email: true, role: true },
    });
    if (!invite) throw new AppError("not_found", "That invite is no longer pending.");
    const rule = checkInviteRole({ actorRole, inviteRole: invite.role });
    if (!rule.ok) throw new AppError(rule.code, rule.message);
    await tx.invite.updateMany({ where: { id: inviteId, organizationId }, data: { tokenHash, expiresAt } });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "invite.renew",
      resourceType: "invite",
      resourceId: inviteId,
      metadata: { email: invite.email, role: invite.role },
    });
    return { token, expiresAt };
  });
}
