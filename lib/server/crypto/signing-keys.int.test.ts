import { beforeEach, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { signCallToken, verifyCallToken } from "./call-token";
import { EnvelopeError, open } from "./envelope";
import { clearSigningKeyCache, currentSigningKey, loadOrCreateSigningKey, publishedKeys, rotateSigningKey } from "./signing-keys";
import { RETIRED_KEY_PUBLISHED_SECONDS } from "./token-policy";

// The SigningKey table is shared by every test file; these tests never delete rows, they retire them (which keeps
// tokens signed elsewhere verifiable) and look only at the keys they made.
beforeEach(() => clearSigningKeyCache());

const activeKids = async () => (await db.signingKey.findMany({ where: { retiredAt: null } })).map((k) => k.kid);

test("first use: with no active key, ten instances starting at once create exactly one", async () => {
  // Several rounds: one round of an unlocked race only collides most of the time.
  for (let round = 0; round < 4; round++) {
    await db.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
    expect(await activeKids()).toEqual([]);
    const signers = await Promise.all(Array.from({ length: 10 }, () => loadOrCreateSigningKey()));
    const kids = new Set(signers.map((s) => s.kid));
    expect(kids.size).toBe(1);
    expect(await activeKids()).toEqual([...kids]);
  }
});

test("the JWKS publishes the current public key, without any private part", async () => {
  const { kid } = await currentSigningKey();
  const jwks = await publishedKeys();
  const jwk = jwks.keys.find((k) => k.kid === kid);
  expect(jwk).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid });
  for (const k of jwks.keys) expect(k).not.toHaveProperty("d");
});

test("the private key is stored as an envelope bound to its kid, never as a clear JWK", async () => {
  const { kid } = await currentSigningKey();
  const rows = await db.$queryRaw<{ kid: string; privateKeyEnvelope: string }[]>`
    select "kid", "privateKeyEnvelope" from "SigningKey" where "kid" = ${kid}`;
  const raw = rows[0]!.privateKeyEnvelope;
  expect(raw).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
  expect(raw).not.toContain('"d"');
  expect(JSON.parse(open(raw, `signing_key:${kid}:private`))).toHaveProperty("d");
  expect(() => open(raw, "signing_key:another-kid:private")).toThrow(EnvelopeError);
});

test("rotation makes a new current key and keeps the old one published for its grace period", async () => {
  const before = await currentSigningKey();
  const { kid, retired } = await rotateSigningKey();
  expect(kid).not.toBe(before.kid);
  expect(retired).toContain(before.kid);
  expect((await currentSigningKey()).kid).toBe(kid);

  const kids = (await publishedKeys()).keys.map((k) => k.kid);
  expect(kids).toEqual(expect.arrayContaining([kid, before.kid]));

  const later = Date.now() + (RETIRED_KEY_PUBLISHED_SECONDS + 5) * 1000;
  const laterKids = (await publishedKeys(later)).keys.map((k) => k.kid);
  expect(laterKids).toContain(kid);
  expect(laterKids).not.toContain(before.kid);
});

test("another instance keeps its cached signer briefly, then follows the rotation", async () => {
  const a = await currentSigningKey();
  vi.resetModules(); // a second copy of the module: another app instance with its own cache
  const other = await import("./signing-keys");
  const { kid } = await other.rotateSigningKey();
  expect((await currentSigningKey()).kid).toBe(a.kid); // still cached here; the old key stays published
  expect((await currentSigningKey(Date.now() + 31_000)).kid).toBe(kid);
});

test("a token signed by another instance right after its rotation verifies here", async () => {
  const claims = { org: "org_a", widget: "wid_a", dest: "100", call: "call_a" };
  await verifyCallToken((await signCallToken(claims, 60)).token); // fills this instance's public key cache
  vi.resetModules();
  const otherKeys = await import("./signing-keys");
  const otherTokens = await import("./call-token");
  const { kid } = await otherKeys.rotateSigningKey();
  const { token } = await otherTokens.signCallToken(claims, 60);
  expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toMatchObject({ kid });
  // The cache-miss re-read is allowed once a second: ask as if a second had passed, rather than sleeping.
  await expect(verifyCallToken(token, Date.now() + 1100)).resolves.toMatchObject(claims);
});
