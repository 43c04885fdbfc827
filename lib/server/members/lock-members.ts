import "server-only";
import type { TTx } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import type { TRole } from "@/lib/shared/permissions";

// Every membership change starts here, inside its transaction. Locking the organization row serialises all
// membership changes of one organization, so "is there another owner?" is answered on data nobody else is changing
// (two owners demoting each other at once: the second waits, then sees one owner left and is refused).
export async function lockOrganization(tx: TTx, organizationId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("not_found", "Not found");
}

export async function lockMembers(tx: TTx, organizationId: string, actorUserId: string) {
  await lockOrganization(tx, organizationId);
  // The actor's role is re-read under the lock: a role changed a moment ago counts, not the one the guard saw.
  const actor = await tx.membership.findFirst({ where: { organizationId, userId: actorUserId }, select: { id: true, role: true } });
  if (!actor) throw new AppError("not_found", "Not found");
  const ownerCount = await tx.membership.count({ where: { organizationId, role: "OWNER" } });
  return { actorRole: actor.role as TRole, actorMembershipId: actor.id, ownerCount };
}
