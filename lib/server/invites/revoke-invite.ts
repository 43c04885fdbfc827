import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { lockPendingInvite } from "./lock-pending-invite";

export async function revokeInvite(opts: { organizationId: string; actor: TActor; inviteId: string }) {
  const { organizationId, inviteId } = opts;
  return db.$transaction(async (tx) => {
    const invite = await lockPendingInvite(tx, { organizationId, actorUserId: opts.actor.userId, inviteId });
    await tx.invite.updateMany({ where: { id: inviteId, organizationId, acceptedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "invite.revoke",
      resourceType: "invite",
      resourceId: inviteId,
      metadata: { email: invite.email, role: invite.role },
    });
    return { revoked: true };
  });
}
