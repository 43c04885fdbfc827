import "server-only";
import type { TTx } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { lockOrganization } from "@/lib/server/members/lock-members";
import { INVITE_STATUS_ERRORS, hashInviteToken, inviteStatus } from "./invite-token";

// Shared by both ways of accepting: find the invite by the hash of the token, lock its organization, and check it
// is still usable. The conditional update that marks it used is what makes a link single-use under races.
export async function loadInviteForClaim(tx: TTx, token: string) {
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      role: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      organization: { select: { slug: true } },
    },
  });
  if (!invite) throw new AppError("not_found", "This invite link is not valid. Check that you copied all of it.");
  await lockOrganization(tx, invite.organizationId);
  return invite;
}

export function assertClaimable(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }) {
  const status = inviteStatus(invite);
  if (status !== "pending") throw new AppError("gone", INVITE_STATUS_ERRORS[status]);
}

export async function markInviteUsed(tx: TTx, invite: { id: string; organizationId: string }) {
  const { count } = await tx.invite.updateMany({
    where: { id: invite.id, organizationId: invite.organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date() },
  });
  if (count !== 1) throw new AppError("gone", INVITE_STATUS_ERRORS.accepted);
}
