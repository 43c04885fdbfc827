import { randomUUID } from "node:crypto";
import { SignJWT, base64url, generateKeyPair } from "jose";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { consumeCallToken, signCallToken, sweepUsedCallTokens, verifyCallToken } from "./call-token";
import { currentSigningKey } from "./signing-keys";

const claims = () => ({ org: "org_a", widget: "wid_a", dest: "+4930123456", call: `call_${randomUUID().slice(0, 8)}` });

async function reason(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe("unauthorized");
  return (err as AppError).details?.reason;
}

// Signs with the platform's real current key but lets a test break one rule at a time.
async function forge(o: { alg?: string; aud?: string; iss?: string; typ?: string; iatOffset?: number; exp?: number } = {}) {
  const { kid, privateKey } = await currentSigningKey();
  const iat = Math.floor(Date.now() / 1000) + (o.iatOffset ?? 0);
  return new SignJWT({ ...claims(), jti: randomUUID() })
    .setProtectedHeader({ alg: o.alg ?? "ES256", kid, typ: o.typ ?? "ringlink-call+jwt" })
    .setIssuer(o.iss ?? "ringlink")
    .setAudience(o.aud ?? "ringlink-call")
    .setIssuedAt(iat)
    .setExpirationTime(o.exp ?? iat + 120)
    .sign(privateKey);
}

beforeAll(async () => {
  await currentSigningKey();
});

describe("verifyCallToken", () => {
  test("a fresh token verifies and carries its bound claims", async () => {
    const c = claims();
    const { token, jti, expiresAt } = await signCallToken(c, 120);
    const v = await verifyCallToken(token);
    expect(v).toMatchObject({ ...c, jti });
    expect(v.exp * 1000).toBe(expiresAt.getTime());
    expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toMatchObject({ alg: "ES256", kid: expect.any(String) });
  });

  test("expired beyond the 30 s tolerance: rejected as expired; within it: accepted", async () => {
    const old = await signCallToken(claims(), 60, Date.now() - 100_000);
    expect(await reason(verifyCallToken(old.token))).toBe("expired");
    const edge = await signCallToken(claims(), 60, Date.now() - 80_000);
    await expect(verifyCallToken(edge.token)).resolves.toBeDefined();
  });

  test("a token older than 300 s is rejected even if its exp says otherwise", async () => {
    expect(await reason(verifyCallToken(await forge({ iatOffset: -400, exp: Math.floor(Date.now() / 1000) + 3600 })))).toBe("expired");
  });

  test("alg:none is rejected", async () => {
    const { kid } = await currentSigningKey();
    const enc = (o: object) => base64url.encode(JSON.stringify(o));
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...claims(), jti: randomUUID(), iss: "ringlink", aud: "ringlink-call", iat: now, exp: now + 60 };
    expect(await reason(verifyCallToken(`${enc({ alg: "none", kid, typ: "ringlink-call+jwt" })}.${enc(payload)}.`))).toBe("invalid");
  });

  test("HS256 (key confusion) is rejected", async () => {
    const { kid } = await currentSigningKey();
    const token = await new SignJWT({ ...claims(), jti: randomUUID() })
      .setProtectedHeader({ alg: "HS256", kid, typ: "ringlink-call+jwt" })
      .setIssuer("ringlink").setAudience("ringlink-call").setIssuedAt().setExpirationTime("1m")
      .sign(new TextEncoder().encode("x".repeat(32)));
    expect(await reason(verifyCallToken(token))).toBe("invalid");
  });

  test("re-signed with another ES256 key under our kid is rejected", async () => {
    const { kid } = await currentSigningKey();
    const { privateKey } = await generateKeyPair("ES256");
    const token = await new SignJWT({ ...claims(), jti: randomUUID() })
      .setProtectedHeader({ alg: "ES256", kid, typ: "ringlink-call+jwt" })
      .setIssuer("ringlink").setAudience("ringlink-call").setIssuedAt().setExpirationTime("1m")
      .sign(privateKey);
    expect(await reason(verifyCallToken(token))).toBe("invalid");
  });

  test.each([
    ["a foreign audience", { aud: "someone-else" }],
    ["a foreign issuer", { iss: "evil" }],
    ["another token type", { typ: "JWT" }],
  ])("%s is rejected", async (_what, o) => {
    expect(await reason(verifyCallToken(await forge(o)))).toBe("invalid");
  });

  test("a tampered payload (destination changed) is rejected", async () => {
    const { token } = await signCallToken(claims(), 120);
    const [h, p, s] = token.split(".");
    const payload = JSON.parse(Buffer.from(p!, "base64url").toString()) as Record<string, unknown>;
    const tampered = base64url.encode(JSON.stringify({ ...payload, dest: "900123456" }));
    expect(await reason(verifyCallToken(`${h}.${tampered}.${s}`))).toBe("invalid");
  });

  test("an unknown kid and garbage are rejected", async () => {
    const { privateKey } = await currentSigningKey();
    const token = await new SignJWT({ ...claims(), jti: randomUUID() })
      .setProtectedHeader({ alg: "ES256", kid: "not-a-kid", typ: "ringlink-call+jwt" })
      .setIssuer("ringlink").setAudience("ringlink-call").setIssuedAt().setExpirationTime("1m")
      .sign(privateKey);
    expect(await reason(verifyCallToken(token))).toBe("invalid");
    expect(await reason(verifyCallToken("not.a.jwt"))).toBe("invalid");
  });

  test("signing refuses a TTL over 300 s and a destination outside the grammar", async () => {
    await expect(signCallToken(claims(), 301)).rejects.toThrow(/TTL/);
    await expect(signCallToken({ ...claims(), dest: "500&SIP/trunk/0044" })).rejects.toThrow();
  });
});

describe("consumeCallToken", () => {
  test("the same token replayed 20 times at once succeeds exactly once", async () => {
    const { token, jti } = await signCallToken(claims(), 120);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => consumeCallToken(token)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "unauthorized", details: { reason: "used" } });
    }
    expect(await db.usedToken.count({ where: { id: `call:${jti}` } })).toBe(1);
    expect(await reason(consumeCallToken(token))).toBe("used");
  });

  test("an invalid token spends nothing", async () => {
    const { token, jti } = await signCallToken(claims(), 120);
    await expect(consumeCallToken(`${token}x`)).rejects.toBeInstanceOf(AppError);
    expect(await db.usedToken.count({ where: { id: `call:${jti}` } })).toBe(0);
    await expect(consumeCallToken(token)).resolves.toMatchObject({ jti });
  });

  test("sweeping drops spent ids past their expiry and keeps live ones", async () => {
    // Swept "two minutes from now", so the occasional sweep that other tests' redemptions run cannot take it first.
    const later = new Date(Date.now() + 120_000);
    const stale = `call:stale-${randomUUID()}`;
    await db.usedToken.create({ data: { id: stale, purpose: "call", expiresAt: new Date(Date.now() + 60_000) } });
    const { token, jti } = await signCallToken(claims(), 120);
    await consumeCallToken(token);
    expect(await sweepUsedCallTokens(later)).toBeGreaterThanOrEqual(1);
    expect(await db.usedToken.count({ where: { id: stale } })).toBe(0);
    expect(await db.usedToken.count({ where: { id: `call:${jti}` } })).toBe(1);
  });
});
