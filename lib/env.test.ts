import { test, expect } from "vitest";
import { parseEnv } from "./env";

const key = (kid: string, fill: number) => `${kid}:${Buffer.alloc(32, fill).toString("base64")}`;
const valid = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://u:p@db:5432/ringlink",
  NEXTAUTH_SECRET: "x".repeat(32),
  RINGLINK_ENCRYPTION_KEYS: `${key("new", 1)},${key("old", 2)}`,
};

test("a complete production environment parses, first key is the current one", () => {
  const e = parseEnv(valid);
  expect(e.RINGLINK_ENCRYPTION_KEYS.map((k) => k.kid)).toEqual(["new", "old"]);
  expect(e.RINGLINK_ENCRYPTION_KEYS[0]!.key).toHaveLength(32);
  // Private targets (SSRF) are off by default in production, on in development.
  expect(e.RINGLINK_ALLOW_PRIVATE_TARGETS).toBe(false);
  expect(parseEnv({ ...valid, NODE_ENV: "development" }).RINGLINK_ALLOW_PRIVATE_TARGETS).toBe(true);
});

test("missing or malformed secrets fail with a message naming each variable", () => {
  expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/DATABASE_URL[\s\S]*NEXTAUTH_SECRET[\s\S]*RINGLINK_ENCRYPTION_KEYS/);
  expect(() => parseEnv({ ...valid, NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32/);
  expect(() => parseEnv({ ...valid, RINGLINK_ENCRYPTION_KEYS: "k1:c2hvcnQ=" })).toThrow(/key "k1" must look like/);
  expect(() => parseEnv({ ...valid, RINGLINK_ENCRYPTION_KEYS: `bad id:${Buffer.alloc(32).toString("base64")}` })).toThrow(/must look like/);
  expect(() => parseEnv({ ...valid, DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
});

test("boolean switches accept true/false/1/0 only", () => {
  expect(parseEnv({ ...valid, RINGLINK_ALLOW_PRIVATE_TARGETS: "1" }).RINGLINK_ALLOW_PRIVATE_TARGETS).toBe(true);
  expect(() => parseEnv({ ...valid, RINGLINK_TRUST_PROXY: "yes" })).toThrow(/RINGLINK_TRUST_PROXY/);
});
