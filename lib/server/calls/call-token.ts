import "server-only";
import { generateKeyPair, jwtVerify, SignJWT, type CryptoKey } from "jose";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { CALL_TOKEN_TTL_SECONDS } from "./reserve-call";

// Interim signer until the platform signing keys land: a per-process ES256 key.
let keys: Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> | undefined;
const keyPair = () => (keys ??= generateKeyPair("ES256"));
const AUDIENCE = "ringlink:call";

export type TCallClaims = { org: string; widget: string; dest: string; call: string; jti: string };

export async function issueCallToken(o: { organizationId: string; widgetId: string; destination: string; callId: string; jti: string; now: Date }) {
  const iat = Math.floor(o.now.getTime() / 1000);
  const token = await new SignJWT({ org: o.organizationId, widget: o.widgetId, dest: o.destination, call: o.callId })
    .setProtectedHeader({ alg: "ES256", kid: "interim" })
    .setIssuedAt(iat)
    .setExpirationTime(iat + CALL_TOKEN_TTL_SECONDS)
    .setAudience(AUDIENCE)
    .setJti(o.jti)
    .sign((await keyPair()).privateKey);
  return { token, expiresAt: new Date((iat + CALL_TOKEN_TTL_SECONDS) * 1000) };
}

// Verifies, then spends the token: the UsedToken insert fails on a second use, whichever instance sees it.
export async function redeemCallToken(token: string): Promise<TCallClaims> {
  let claims: TCallClaims;
  try {
    const { payload } = await jwtVerify(token, (await keyPair()).publicKey, { algorithms: ["ES256"], audience: AUDIENCE, clockTolerance: 30 });
    claims = payload as unknown as TCallClaims;
  } catch {
    throw new AppError("unauthorized", "This call token is invalid or has expired.", { reason: "token_invalid" });
  }
  try {
    await db.usedToken.create({ data: { id: claims.jti, purpose: "call", expiresAt: new Date(Date.now() + CALL_TOKEN_TTL_SECONDS * 1000) } });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("unauthorized", "This call token was already used.", { reason: "token_replayed" });
    throw err;
  }
  return claims;
}
