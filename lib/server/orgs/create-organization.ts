import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type TActor } from "@/lib/server/audit/request-actor";
import { slugify } from "@/lib/shared/org-schemas";

const ATTEMPTS = 5;

// The creator becomes the only owner. The slug comes from the name; on a clash a short random suffix is added and
// the insert retried, so two people creating "Acme" at once both succeed with different slugs.
export async function createOrganization(opts: { actor: TActor; name: string }) {
  const base = slugify(opts.name);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const slug = attempt === 0 ? base : `${base.slice(0, 33)}-${randomBytes(3).toString("hex")}`;
    try {
      return await db.$transaction(async (tx) => {
        const org = await tx.organization.create({ data: { name: opts.name, slug }, select: { id: true, slug: true, name: true } });
        const membership = await tx.membership.create({
          data: { organizationId: org.id, userId: opts.actor.userId, role: "OWNER" },
        });
        await recordAudit(tx, auditActor(org.id, opts.actor), {
          action: "organization.create",
          resourceType: "organization",
          resourceId: org.id,
          metadata: { name: org.name, slug: org.slug, ownerMembershipId: membership.id },
        });
        return org;
      });
    } catch (err) {
      const clash = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
      if (!clash) throw err;
    }
  }
  throw new AppError("conflict", "Could not pick a unique address for this organization. Try a different name.");
}
