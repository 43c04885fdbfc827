// Integration-test helpers: fresh organizations and users per test, through the shared factories.
import { db } from "@/lib/db";
import { addMember, createOrgWithUser, createUser } from "@/prisma/factories";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TActor } from "@/lib/server/audit/request-actor";

export const actorOf = (user: { id: string; email: string }): TActor => ({ userId: user.id, email: user.email, ip: "127.0.0.1", userAgent: "vitest" });

export async function orgWith(role: Role = "OWNER") {
  const { org, user } = await createOrgWithUser(db, role);
  return { org, user, actor: actorOf(user) };
}

export async function member(organizationId: string, role: Role, opts: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(db, opts);
  const membership = await addMember(db, organizationId, user.id, role);
  return { user, membership, actor: actorOf(user) };
}

export const auditCount = (organizationId: string, action?: string) => db.auditLog.count({ where: { organizationId, ...(action ? { action } : {}) } });

export { db };
