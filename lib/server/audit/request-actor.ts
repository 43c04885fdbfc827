import "server-only";
import { headers } from "next/headers";
import { clientIp, userAgent } from "@/lib/server/http/client-ip";

// Who did it, for the audit log: the signed-in user plus the request's IP and user agent. Services take this
// rather than a whole org context because some changes (accepting an invite) happen before there is one.
export type TActor = { userId: string; email: string; ip?: string | null; userAgent?: string | null };

export async function requestActor(user: { id: string; email: string }): Promise<TActor> {
  let h: Awaited<ReturnType<typeof headers>> | null = null;
  try {
    h = await headers();
  } catch {
    h = null; // outside a request (scripts, tests): nothing to record
  }
  return { userId: user.id, email: user.email, ip: h ? clientIp(h) : null, userAgent: h ? userAgent(h) : null };
}

export const auditActor = (organizationId: string, actor: TActor) => ({ organizationId, ...actor });
