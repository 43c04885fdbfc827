import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { lockMembers } from "@/lib/server/members/lock-members";
import { can } from "@/lib/shared/permissions";

// The slug stays: it is in every bookmarked URL and embed snippet. Only the display name changes.
export async function renameOrganization(opts: { organizationId: string; actor: TActor; name: string }) {
  const { organizationId } = opts;
  return db.$transaction(async (tx) => {
    const { actorRole } = await lockMembers(tx, organizationId, opts.actor.userId);
    if (!can(actorRole, "org.update")) throw new AppError("forbidden", "Your role in this organization does not allow that.");
    const before = await tx.organization.findFirst({ where: { id: organizationId }, select: { name: true } });
    if (!before) throw new AppError("not_found", "Not found");
    await tx.organization.updateMany({ where: { id: organizationId }, data: { name: opts.name } });
    await recordAudit(tx, auditActor(organizationId, opts.actor), {
      action: "organization.rename",
      resourceType: "organization",
      resourceId: organizationId,
      metadata: { from: before.name, to: opts.name },
    });
    return { name: opts.name };
  });
}
