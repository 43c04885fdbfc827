import "server-only";
import { randomUUID } from "node:crypto";
import { SignJWT, errors, jwtVerify, type JWTHeaderParameters } from "jose";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { SIP_DESTINATION } from "@/lib/shared/sip-destination";
import { currentSigningKey, publicKeyFor } from "./signing-keys";
import * as policy from "./token-policy";

// Call tokens: ES256 JWTs with a kid, at most 5 minutes, bound to one organization, widget, destination and call,
// and spendable once (the jti goes into UsedToken).
const ZId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
export const ZCallTokenClaims = z.object({
  org: ZId,
  widget: ZId,
  dest: z.string().regex(SIP_DESTINATION),
  call: ZId,
  jti: z.string().min(16).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
});
export type TCallTokenClaims = z.infer<typeof ZCallTokenClaims>;
export type TVerifiedCallToken = Required<TCallTokenClaims> & { exp: number; iat: number };

type TReason = "expired" | "invalid" | "used";
const rejected = (reason: TReason) =>
  new AppError("unauthorized", "This call link is invalid or has expired. Reload the page to start a new call.", { reason });

export async function signCallToken(claims: TCallTokenClaims, ttlSeconds = policy.MAX_CALL_TOKEN_TTL_SECONDS, now = Date.now()) {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > policy.MAX_CALL_TOKEN_TTL_SECONDS) {
    throw new Error(`Call token TTL must be 1-${policy.MAX_CALL_TOKEN_TTL_SECONDS} s`);
  }
  const c = ZCallTokenClaims.parse(claims);
  const jti = c.jti ?? randomUUID();
  const { kid, privateKey } = await currentSigningKey(now);
  const iat = Math.floor(now / 1000);
  const token = await new SignJWT({ org: c.org, widget: c.widget, dest: c.dest, call: c.call })
    .setProtectedHeader({ alg: "ES256", kid, typ: policy.CALL_TOKEN_TYPE })
    .setIssuer(policy.CALL_TOKEN_ISSUER)
    .setAudience(policy.CALL_TOKEN_AUDIENCE)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(privateKey);
  return { token, jti, expiresAt: new Date((iat + ttlSeconds) * 1000) };
}

export async function verifyCallToken(token: string, now = Date.now()): Promise<TVerifiedCallToken> {
  const getKey = async (header: JWTHeaderParameters) => {
    const key = header.alg === "ES256" && header.kid ? await publicKeyFor(header.kid, now) : null;
    if (!key) throw new errors.JWKSNoMatchingKey();
    return key;
  };
  try {
    const { payload } = await jwtVerify(token, getKey, {
      algorithms: ["ES256"],
      issuer: policy.CALL_TOKEN_ISSUER,
      audience: policy.CALL_TOKEN_AUDIENCE,
      typ: policy.CALL_TOKEN_TYPE,
      maxTokenAge: policy.MAX_CALL_TOKEN_TTL_SECONDS,
      clockTolerance: policy.CLOCK_TOLERANCE_SECONDS,
      currentDate: new Date(now),
      requiredClaims: ["exp", "iat", "jti"],
    });
    const claims = ZCallTokenClaims.required().safeParse(payload);
    if (!claims.success) throw rejected("invalid");
    return { ...claims.data, exp: payload.exp!, iat: payload.iat! };
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof errors.JWTExpired) throw rejected("expired");
    throw rejected("invalid");
  }
}

// Verify, then spend: the primary key on UsedToken makes the second use fail on every instance at once.
export async function consumeCallToken(token: string, now = Date.now()): Promise<TVerifiedCallToken> {
  const claims = await verifyCallToken(token, now);
  const { count } = await db.usedToken.createMany({
    data: [{ id: `call:${claims.jti}`, purpose: "call", expiresAt: new Date((claims.exp + policy.CLOCK_TOLERANCE_SECONDS) * 1000) }],
    skipDuplicates: true,
  });
  if (count !== 1) throw rejected("used");
  // As with rate-limit windows: an occasional sweep on the hot path keeps the table small without a scheduler.
  if (Math.random() < 0.01) void sweepUsedCallTokens().catch((err) => console.error("used-token sweep failed", err));
  return claims;
}

// Spent ids are only needed until their token could no longer verify anyway.
export async function sweepUsedCallTokens(now = new Date()) {
  const { count } = await db.usedToken.deleteMany({ where: { purpose: "call", expiresAt: { lt: now } } });
  return count;
}
