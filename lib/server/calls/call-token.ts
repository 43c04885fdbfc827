import "server-only";
import { consumeCallToken, signCallToken, type TVerifiedCallToken } from "@/lib/server/crypto/call-token";
import { CALL_TOKEN_TTL_SECONDS } from "./reserve-call";

// The call's single-use token (ES256, kid, published at /.well-known/jwks.json): its jti is the Call row's tokenId.
export async function issueCallToken(o: { organizationId: string; widgetId: string; destination: string; callId: string; jti: string; now: Date }) {
  const t = await signCallToken({ org: o.organizationId, widget: o.widgetId, dest: o.destination, call: o.callId, jti: o.jti }, CALL_TOKEN_TTL_SECONDS, o.now.getTime());
  return { token: t.token, expiresAt: t.expiresAt };
}

// Verifies, then spends the token: a second use fails on every instance (reason "used"); expired → "expired".
export function redeemCallToken(token: string): Promise<TVerifiedCallToken> {
  return consumeCallToken(token);
}
