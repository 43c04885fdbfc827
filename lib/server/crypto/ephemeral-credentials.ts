import "server-only";
import { createHmac } from "node:crypto";

// Short-lived SIP and TURN credentials in the TURN REST scheme (draft-uberti-rtcweb-turn-rest) that both coturn
// (`use-auth-secret`) and Kamailio's auth_ephemeral verify with nothing but the shared secret:
//   username = "<expiry unix seconds>:<id>"   (auth_ephemeral username_format 1, its default)
//   password = base64(HMAC(secret, username))
// The timestamp is the EXPIRY, not the issue time. Neither server can end a session that is already up when the
// credential expires: the maximum call duration has to be enforced separately (see sip-id.ts).
export type THmacAlgorithm = "sha1" | "sha256";

// Kamailio's `modparam("auth_ephemeral", "sha_algorithm", N)`: 0 = SHA1 (default), 1 = SHA256.
// coturn only speaks SHA1 for REST credentials, so TURN stays on the default.
export const KAMAILIO_SHA_ALGORITHM: Record<THmacAlgorithm, number> = { sha1: 0, sha256: 1 };

// No ':' (it separates the expiry) and nothing a Kamailio config or coturn would need to unescape.
const ID = /^[A-Za-z0-9._+*#-]{1,128}$/;
export const MAX_CREDENTIAL_TTL_SECONDS = 24 * 60 * 60;

export type TMintCredential = {
  secret: string;
  id: string;
  ttlSeconds: number;
  now?: number | Date;
  algorithm?: THmacAlgorithm;
};

export type TEphemeralCredential = { username: string; password: string; expiresAt: Date; ttlSeconds: number };

export function mintEphemeralCredential(o: TMintCredential): TEphemeralCredential {
  if (!o.secret) throw new Error("Ephemeral credentials need a non-empty shared secret");
  if (!ID.test(o.id)) throw new Error("Credential id must be 1-128 characters of A-Z a-z 0-9 . _ + * # -");
  if (!Number.isInteger(o.ttlSeconds) || o.ttlSeconds < 1 || o.ttlSeconds > MAX_CREDENTIAL_TTL_SECONDS) {
    throw new Error(`Credential TTL must be a whole number of seconds between 1 and ${MAX_CREDENTIAL_TTL_SECONDS}`);
  }
  const nowMs = o.now instanceof Date ? o.now.getTime() : (o.now ?? Date.now());
  const expiry = Math.floor(nowMs / 1000) + o.ttlSeconds;
  const username = `${expiry}:${o.id}`;
  return {
    username,
    password: ephemeralPassword(o.secret, username, o.algorithm ?? "sha1"),
    expiresAt: new Date(expiry * 1000),
    ttlSeconds: o.ttlSeconds,
  };
}

export function ephemeralPassword(secret: string, username: string, algorithm: THmacAlgorithm = "sha1") {
  return createHmac(algorithm, Buffer.from(secret, "utf8")).update(username, "utf8").digest("base64");
}
