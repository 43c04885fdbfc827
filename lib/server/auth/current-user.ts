import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./auth-options";

export type TCurrentUser = { id: string; email: string; name: string; sessionId: string };

const TOUCH_EVERY_MS = 5 * 60 * 1000;

// The signed-in user, re-checked against the database on every request: a revoked session, an expired one or a
// disabled user gets null, on every app instance. Cached per request (React cache), never across requests.
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const session = (await getServerSession(authOptions())) as { sid?: unknown } | null;
  if (!session || typeof session.sid !== "string") return null;
  const row = await db.userSession.findUnique({ where: { id: session.sid }, include: { user: true } });
  if (!row || row.revokedAt || row.expiresAt < new Date() || row.user.disabledAt) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: row.id }, data: { lastSeenAt: new Date() } });
  }
  return { id: row.user.id, email: row.user.email, name: row.user.name, sessionId: row.id };
});
