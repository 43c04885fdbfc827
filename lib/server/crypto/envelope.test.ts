import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { EnvelopeError, fieldAad, needsRotation, open, reseal, seal } from "./envelope";
import type { TKeyRing } from "./key-ring";

const k1 = { kid: "k1", key: randomBytes(32) };
const k2 = { kid: "k2", key: randomBytes(32) };
const ring: TKeyRing = [k1];
const rotated: TKeyRing = [k2, k1]; // a new primary prepended, the old key kept
const aad = fieldAad("Trunk", "trunk_a", "password");
const secret = "canary-Pbx-Passw0rd-é✓";

function failure(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(EnvelopeError);
    return err as EnvelopeError;
  }
  throw new Error("expected an EnvelopeError, nothing was thrown");
}

// Flips one bit of one decoded part, then re-encodes it canonically, so only the bytes change.
function flip(envelope: string, part: 2 | 3, byteIndex: number) {
  const parts = envelope.split(".");
  const buf = Buffer.from(parts[part]!, "base64url");
  buf[(byteIndex + buf.length) % buf.length]! ^= 0x01;
  parts[part] = buf.toString("base64url");
  return parts.join(".");
}

describe("seal and open", () => {
  test("round trip, text format, and no plaintext in the envelope", () => {
    const env = seal(secret, aad, ring);
    expect(env).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(env).not.toContain("canary");
    expect(open(env, aad, ring)).toBe(secret);
    expect(open(seal("", aad, ring), aad, ring)).toBe("");
  });

  test("two seals of the same secret differ (random nonce)", () => {
    expect(seal(secret, aad, ring)).not.toBe(seal(secret, aad, ring));
  });

  test.each([
    ["ciphertext", 3, 0],
    ["tag", 3, -1],
    ["nonce", 2, 5],
  ] as const)("a flipped bit in the %s fails authentication", (_what, part, index) => {
    const env = seal(secret, aad, ring);
    expect(failure(() => open(flip(env, part, index), aad, ring)).reason).toBe("decrypt_failed");
  });

  test("a kid swapped for another key of the ring fails authentication", () => {
    const env = seal(secret, aad, [k1, k2]);
    const swapped = env.replace(/^v1\.k1\./, "v1.k2.");
    expect(failure(() => open(swapped, aad, [k1, k2])).reason).toBe("decrypt_failed");
  });

  test("a secret moved to another row or field does not open", () => {
    const env = seal(secret, aad, ring);
    expect(failure(() => open(env, fieldAad("Trunk", "trunk_b", "password"), ring)).reason).toBe("decrypt_failed");
    expect(failure(() => open(env, fieldAad("Trunk", "trunk_a", "turnSecret"), ring)).reason).toBe("decrypt_failed");
  });

  test("an unknown kid gives a clear error naming the key id only", () => {
    const err = failure(() => open(seal(secret, aad, [k2]), aad, ring));
    expect(err.reason).toBe("unknown_key");
    expect(err.message).toContain('"k2"');
    expect(err.message).not.toContain(secret);
  });

  test.each([
    ["empty", ""],
    ["other version", "v2.k1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA"],
    ["missing part", "v1.k1.AAAAAAAAAAAAAAAA"],
    ["extra part", "v1.k1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.x"],
    ["short nonce", "v1.k1.AAAA.AAAAAAAAAAAAAAAAAAAAAA"],
    ["truncated body", "v1.k1.AAAAAAAAAAAAAAAA.AAAA"],
    ["not base64url", "v1.k1.AAAAAAAAAAAAAAA+.AAAAAAAAAAAAAAAAAAAAAA"],
    ["bad kid", "v1.k/1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA"],
    ["plaintext stored by mistake", "hunter2"],
  ])("malformed envelope (%s) gives a clear error", (_what, input) => {
    expect(failure(() => open(input, aad, ring)).reason).toBe("malformed");
  });

  test("an empty AAD is refused on both sides", () => {
    expect(failure(() => seal(secret, "", ring)).reason).toBe("malformed");
    expect(failure(() => open(seal(secret, aad, ring), "", ring)).reason).toBe("malformed");
  });
});

describe("rotation", () => {
  test("an envelope sealed with the old key still opens after a new primary is prepended", () => {
    const old = seal(secret, aad, ring);
    expect(open(old, aad, rotated)).toBe(secret);
    expect(needsRotation(old, ring)).toBe(false);
    expect(needsRotation(old, rotated)).toBe(true);
  });

  test("reseal moves an old envelope to the primary key and keeps current ones as they are", () => {
    const old = seal(secret, aad, ring);
    const fresh = reseal(old, aad, rotated);
    expect(fresh.startsWith("v1.k2.")).toBe(true);
    expect(needsRotation(fresh, rotated)).toBe(false);
    expect(open(fresh, aad, [k2])).toBe(secret); // the old key can now be dropped
    expect(reseal(fresh, aad, rotated)).toBe(fresh);
  });

  test("reseal refuses an envelope bound to another record instead of laundering it", () => {
    const old = seal(secret, aad, ring);
    expect(failure(() => reseal(old, fieldAad("Trunk", "trunk_b", "password"), rotated)).reason).toBe("decrypt_failed");
  });
});
