import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { assertClaimable, loadInviteForClaim, markInviteUsed } from "./claim-invite";

// Only the invited email may accept (case-insensitive): a forwarded or leaked link is useless to anyone else.
// Accepting when already a member is fine and changes nothing about the existing role.
export async function acceptInvite(opts: { actor: TActor; token: string }) {
  return db.$transaction(async (tx) => {
    const invite = await loadInviteForClaim(tx, opts.token);
    if (invite.email.toLowerCase() !== opts.actor.email.toLowerCase()) {
      throw new AppError("forbidden", `This invite is for ${invite.email}. Sign in with that email to accept it.`);
    }
    const { organizationId } = invite;
    const existing = await tx.membership.findFirst({ where: { organizationId, userId: opts.actor.userId }, select: { id: true } });
    if (existing) return { orgSlug: invite.organization.slug, alreadyMember: true };
    assertClaimable(invite);
    await markInviteUsed(tx, invite);
    const membership = await tx.membership.create({ data: { organizationId, userId: opts.actor.userId, role: invite.role } });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "invite.accept",
      resourceType: "membership",
      resourceId: membership.id,
      metadata: { inviteId: invite.id, email: invite.email, role: invite.role },
    });
    return { orgSlug: invite.organization.slug, alreadyMember: false };
  });
}
