import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { fieldAad, open } from "@/lib/server/crypto/envelope";
import { mintEphemeralCredential } from "@/lib/server/crypto/ephemeral-credentials";
import { notFound } from "@/lib/server/errors";

// A short TTL: these credentials exist only for the admin's in-browser test and must be useless soon after.
export const TEST_CREDENTIAL_TTL_SECONDS = 120;

export type TTestIceServer = { serverId: string; kind: "STUN" | "TURN"; urls: string[]; username?: string; credential?: string; expiresAt?: string };

// Credentials exactly as a call would get them: REST secrets never leave the server, only HMAC-minted pairs do. A
// static TURN password is handed out here as it would be inside a visitor's minted call response (admins only).
export async function mintTestCredentials(o: { organizationId: string; setId: string; now?: Date }): Promise<TTestIceServer[]> {
  const set = await db.iceServerSet.findFirst({
    where: { id: o.setId, organizationId: o.organizationId },
    select: { servers: { where: { organizationId: o.organizationId }, orderBy: { position: "asc" } } },
  });
  if (!set) throw notFound("ICE server set not found");
  const id = `ringlink-test.${randomBytes(6).toString("hex")}`;
  return set.servers.map((s) => {
    const base = { serverId: s.id, kind: s.kind, urls: s.urls };
    if (s.authMode === "NONE" || !s.secretEnvelope) return base;
    const secret = open(s.secretEnvelope, fieldAad("IceServer", s.id, "secretEnvelope"));
    if (s.authMode === "STATIC") return { ...base, username: s.username ?? "", credential: secret };
    const ttlSeconds = Math.min(TEST_CREDENTIAL_TTL_SECONDS, s.ttlSeconds);
    const c = mintEphemeralCredential({ secret, id, ttlSeconds, now: o.now, algorithm: "sha1" });
    return { ...base, username: c.username, credential: c.password, expiresAt: c.expiresAt.toISOString() };
  });
}
