import "server-only";
import { mintEphemeralCredential } from "@/lib/server/crypto/ephemeral-credentials";
import { buildSipId } from "@/lib/server/crypto/sip-id";
import { open, fieldAad } from "@/lib/server/crypto/envelope";
import type { TCallTicket, TIceServer } from "@/lib/shared/call-schemas";
import type { IceServer, Trunk } from "@/lib/generated/prisma/client";

// SIP credentials live ≤ 10 min: enough to place the call, useless later (a live dialog does not need them).
export const SIP_CREDENTIAL_TTL_SECONDS = 600;

export function sipCredentials(trunk: Trunk, o: { destination: string; maxSeconds: number; callId: string; now: Date }): TCallTicket["sip"] {
  if (trunk.authMode === "NONE") return null;
  if (!trunk.secretEnvelope) throw new Error(`trunk ${trunk.id} has no secret`);
  const secret = open(trunk.secretEnvelope, fieldAad("Trunk", trunk.id, "secretEnvelope"));
  if (trunk.authMode === "STATIC") {
    const user = trunk.staticUsername ?? "";
    return { fromUser: user, authorizationUsername: user, authorizationPassword: secret, expiresAt: null };
  }
  // The destination and the max duration ride inside the signed id, so the SBC enforces both with no database.
  const id = buildSipId({ destination: o.destination, maxSeconds: o.maxSeconds, tag: o.callId });
  const c = mintEphemeralCredential({ secret, id, ttlSeconds: SIP_CREDENTIAL_TTL_SECONDS, now: o.now, algorithm: trunk.hmacAlgorithm === "SHA256" ? "sha256" : "sha1" });
  return { fromUser: id, authorizationUsername: c.username, authorizationPassword: c.password, expiresAt: c.expiresAt.toISOString() };
}

// TURN credentials must outlive the call: coturn refuses to refresh an allocation whose credential expired.
export function iceServers(servers: IceServer[], o: { callId: string; minTtlSeconds: number; now: Date }): TIceServer[] {
  return [...servers]
    .sort((a, b) => a.position - b.position)
    .map((s) => {
      if (s.kind === "STUN" || s.authMode === "NONE") return { urls: s.urls };
      const secret = s.secretEnvelope ? open(s.secretEnvelope, fieldAad("IceServer", s.id, "secretEnvelope")) : "";
      if (s.authMode === "STATIC") return { urls: s.urls, username: s.username ?? "", credential: secret };
      const c = mintEphemeralCredential({ secret, id: `rl.${o.callId}`, ttlSeconds: Math.max(s.ttlSeconds, o.minTtlSeconds), now: o.now });
      return { urls: s.urls, username: c.username, credential: c.password };
    });
}
