import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";

// The slug stays: it is in every bookmarked URL and embed snippet. Only the display name changes.
export async function renameOrganization(opts: { organizationId: string; actor: TActor; name: string }) {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findFirst({ where: { id: opts.organizationId }, select: { name: true } });
    if (!before) throw new AppError("not_found", "Not found");
    const { count } = await tx.organization.updateMany({ where: { id: opts.organizationId }, data: { name: opts.name } });
    if (count !== 1) throw new AppError("not_found", "Not found");
    await recordAudit(tx, auditActor(opts.organizationId, opts.actor), {
      action: "organization.rename",
      resourceType: "organization",
      resourceId: opts.organizationId,
      metadata: { from: before.name, to: opts.name },
    });
    return { name: opts.name };
  });
}
