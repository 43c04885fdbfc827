import "server-only";
import { db } from "@/lib/db";
import type { TRole } from "@/lib/shared/permissions";

export type TPendingInvite = { id: string; email: string; role: TRole; expiresAt: Date; createdAt: Date };

export async function listPendingInvites(organizationId: string): Promise<TPendingInvite[]> {
  return db.invite.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}
