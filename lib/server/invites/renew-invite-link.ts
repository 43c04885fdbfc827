import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { lockPendingInvite } from "./lock-pending-invite";
import { newInviteToken } from "./invite-token";

// A pending invite's link cannot be shown again (only its hash is kept), so "copy link" issues a fresh token and a
// fresh 7-day expiry; the previous link stops working at once.
export async function renewInviteLink(opts: { organizationId: string; actor: TActor; inviteId: string }) {
  const { organizationId, inviteId } = opts;
  const { token, tokenHash, expiresAt } = newInviteToken();
  return db.$transaction(async (tx) => {
    const invite = await lockPendingInvite(tx, { organizationId, actorUserId: opts.actor.userId, inviteId });
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
