import { test, expect } from "@playwright/test";

test("the JWKS publishes ES256 public keys only, with a short cache", async ({ request }) => {
  const res = await request.get("/.well-known/jwks.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/jwk-set+json");
  expect(res.headers()["cache-control"]).toBe("public, max-age=60");
  const { keys } = (await res.json()) as { keys: Record<string, unknown>[] };
  expect(keys.length).toBeGreaterThan(0);
  for (const k of keys) {
    expect(k).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid: expect.any(String) });
    expect(k).not.toHaveProperty("d");
  }
});
