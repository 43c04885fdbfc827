import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

let key: Buffer | undefined;
const hmacKey = () => (key ??= Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "ringlink", "call-event-key v1", 32)));

// After the single-use call token is spent, the dialer reports the rest of the call with this key: it names one
// call only and needs no storage. (A 30-minute call outlives the token's 5 minutes.)
export function callEventKey(callId: string): string {
  return createHmac("sha256", hmacKey()).update(`call-events:${callId}`).digest("base64url");
}

export function checkCallEventKey(callId: string, presented: string): boolean {
  const expected = Buffer.from(callEventKey(callId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
