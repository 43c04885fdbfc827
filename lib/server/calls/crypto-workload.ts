import "server-only";
import { randomBytes } from "node:crypto";
import { mintEphemeralCredential } from "@/lib/server/crypto/ephemeral-credentials";
import { buildSipId } from "@/lib/server/crypto/sip-id";
import { issueCallToken } from "./call-token";

// Exactly the cryptography one minted call costs (an ES256 call token, a SIP and a TURN credential), without
// validation or database: the benchmark's baseline for what the mint endpoint adds on top.
export async function cryptoWorkload() {
  const callId = `c${randomBytes(12).toString("hex")}`;
  const now = new Date();
  const token = await issueCallToken({ organizationId: "org", widgetId: "widget", destination: "1000", callId, jti: randomBytes(16).toString("base64url"), now });
  const sip = mintEphemeralCredential({ secret: "bench-secret", id: buildSipId({ destination: "1000", maxSeconds: 1800, tag: callId }), ttlSeconds: 600, now });
  const turn = mintEphemeralCredential({ secret: "bench-turn-secret", id: `rl.${callId}`, ttlSeconds: 2100, now });
  return { callId, token: token.token, sip: sip.username, turn: turn.username };
}
