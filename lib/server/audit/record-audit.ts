import "server-only";
import { headers } from "next/headers";
import type { TTx } from "@/lib/db";
import type { TOrgContext } from "@/lib/server/guard/org-context";
import { clientIp, userAgent } from "@/lib/server/http/client-ip";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TAuditEntry = {
  action: string; // "<resource>.<verb>", e.g. "trunk.create", "member.role_change"
  resourceType: string;
  resourceId?: string | null;
  // What changed, never secret values (write "secret replaced", not the secret).
  metadata?: Prisma.InputJsonValue;
};

export type TAuditActor = { organizationId: string; userId?: string | null; email?: string | null; ip?: string | null; userAgent?: string | null };

export async function actorFrom(ctx: TOrgContext): Promise<TAuditActor> {
  let h: Awaited<ReturnType<typeof headers>> | null = null;
  try {
    h = await headers();
  } catch {
    h = null; // outside a request (scripts, tests): no IP or user agent to record
  }
  return {
    organizationId: ctx.org.id,
    userId: ctx.user.id,
    email: ctx.user.email,
    ip: h ? clientIp(h) : null,
    userAgent: h ? userAgent(h) : null,
  };
}

// Call inside the same transaction as the change it records: either both happen or neither.
export async function recordAudit(tx: TTx, actor: TAuditActor, entry: TAuditEntry) {
  await tx.auditLog.create({
    data: {
      organizationId: actor.organizationId,
      actorUserId: actor.userId ?? null,
      actorEmail: actor.email ?? null,
      ip: actor.ip ?? null,
      userAgent: actor.userAgent ?? null,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      metadata: entry.metadata ?? {},
    },
  });
}
