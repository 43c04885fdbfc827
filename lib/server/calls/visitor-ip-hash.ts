import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

let key: Buffer | undefined;

// A keyed hash, so per-IP limits work and a database dump does not reveal who called. The key is derived from
// NEXTAUTH_SECRET (HKDF, own label), so it needs no extra setting and differs from every other use of that secret.
export function hashVisitorIp(ip: string): string {
  key ??= Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "ringlink", "visitor-ip-hash v1", 32));
  return createHmac("sha256", key).update(ip).digest("base64url").slice(0, 32);
}
