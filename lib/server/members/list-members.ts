import "server-only";
import { db } from "@/lib/db";
import type { TRole } from "@/lib/shared/permissions";

export type TMember = { id: string; userId: string; name: string; email: string; role: TRole; joinedAt: Date };

const ROLE_ORDER: Record<TRole, number> = { OWNER: 0, ADMIN: 1, VIEWER: 2 };

export async function listMembers(organizationId: string): Promise<TMember[]> {
  const rows = await db.membership.findMany({
    where: { organizationId },
    select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows
    .map((m) => ({ id: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}
