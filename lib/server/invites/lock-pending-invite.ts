import "server-only";
import type { TTx } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { lockMembers } from "@/lib/server/members/lock-members";
import { checkInviteRole } from "@/lib/shared/role-rules";

// Under the organization's member lock: the pending invite, if the actor's current role may manage invites of its
// role (an admin cannot touch an owner invite). Shared by revoke and renew.
export async function lockPendingInvite(tx: TTx, opts: { organizationId: string; actorUserId: string; inviteId: string }) {
  const { actorRole } = await lockMembers(tx, opts.organizationId, opts.actorUserId);
  const invite = await tx.invite.findFirst({
    where: { id: opts.inviteId, organizationId: opts.organizationId, acceptedAt: null, revokedAt: null },
    select: { email: true, role: true },
  });
  if (!invite) throw new AppError("not_found", "That invite is no longer pending.");
  const rule = checkInviteRole({ actorRole, inviteRole: invite.role });
  if (!rule.ok) throw new AppError(rule.code, rule.message);
  return invite;
}
