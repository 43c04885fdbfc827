import { describe, expect, test } from "vitest";
import { KAMAILIO_SHA_ALGORITHM, ephemeralPassword, mintEphemeralCredential } from "./ephemeral-credentials";

// Vectors computed outside Node, with OpenSSL 3.0 in a shell:
//   printf '%s' "$USERNAME" | openssl dgst -sha1   -hmac 'ringlink-shared-secret' -binary | base64
//   printf '%s' "$USERNAME" | openssl dgst -sha256 -hmac 'ringlink-shared-secret' -binary | base64
const SECRET = "ringlink-shared-secret";
const NOW = new Date("2025-11-24T16:00:00Z"); // unix 1764000000
const SIP_USER = "1764000300:rl.+4930123456.1800.c0ffee00c0ffee00";
const TURN_USER = "1764003600:turn.call42";
const VECTORS = [
  { algorithm: "sha1", username: SIP_USER, password: "DDkgKoKfWeTIGRpTO0NMBa+N5dk=" },
  { algorithm: "sha1", username: TURN_USER, password: "KyCeOhJgYZPseqiJ/fz3Ch9TVjs=" },
  { algorithm: "sha256", username: SIP_USER, password: "k3YGcrGjFJpcFymt3BBHHYSAKAD7TrmRDYUgL/BMVS8=" },
  { algorithm: "sha256", username: TURN_USER, password: "X4ZCdpQek5ZUgC06l3jzkSkffxwnuzdP15fgZAvOh7c=" },
] as const;

describe("ephemeral credentials (TURN REST / auth_ephemeral)", () => {
  test.each(VECTORS)("$algorithm HMAC of $username matches OpenSSL", ({ algorithm, username, password }) => {
    expect(ephemeralPassword(SECRET, username, algorithm)).toBe(password);
  });

  test("username is '<expiry>:<id>' with expiry = now + ttl in unix seconds; SHA-1 by default", () => {
    const c = mintEphemeralCredential({ secret: SECRET, id: "rl.+4930123456.1800.c0ffee00c0ffee00", ttlSeconds: 300, now: NOW });
    expect(c).toEqual({
      username: SIP_USER,
      password: "DDkgKoKfWeTIGRpTO0NMBa+N5dk=",
      expiresAt: new Date("2025-11-24T16:05:00Z"),
      ttlSeconds: 300,
    });
  });

  test("SHA-256 is selectable (Kamailio sha_algorithm 1) and sub-second 'now' is floored", () => {
    const c = mintEphemeralCredential({ secret: SECRET, id: "turn.call42", ttlSeconds: 3600, now: NOW.getTime() + 999, algorithm: "sha256" });
    expect(c.username).toBe(TURN_USER);
    expect(c.password).toBe("X4ZCdpQek5ZUgC06l3jzkSkffxwnuzdP15fgZAvOh7c=");
    expect(KAMAILIO_SHA_ALGORITHM).toEqual({ sha1: 0, sha256: 1 });
  });

  test("another secret gives another password", () => {
    const a = mintEphemeralCredential({ secret: SECRET, id: "turn.call42", ttlSeconds: 3600, now: NOW });
    const b = mintEphemeralCredential({ secret: `${SECRET}x`, id: "turn.call42", ttlSeconds: 3600, now: NOW });
    expect(a.username).toBe(b.username);
    expect(a.password).not.toBe(b.password);
  });

  test.each([0, -5, 1.5, Number.NaN, 86_401])("ttl %s is refused", (ttlSeconds) => {
    expect(() => mintEphemeralCredential({ secret: SECRET, id: "x", ttlSeconds, now: NOW })).toThrow(/TTL/);
  });

  test.each(["", "a:b", "has space", "ü", "a\nb", "x".repeat(129)])("id %j is refused", (id) => {
    expect(() => mintEphemeralCredential({ secret: SECRET, id, ttlSeconds: 60, now: NOW })).toThrow(/id/);
  });

  test("an empty secret is refused", () => {
    expect(() => mintEphemeralCredential({ secret: "", id: "x", ttlSeconds: 60, now: NOW })).toThrow(/secret/);
  });
});
