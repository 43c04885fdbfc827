import { randomBytes } from "node:crypto";
import { test, expect } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { peekRateLimit } from "@/lib/server/rate-limit/hit-rate-limit";
import { verifyCredentials } from "./verify-credentials";
import { accountLimit, ipLimit } from "./sign-in-limits";

// Every test signs in from its own made-up address, so the per-IP counters of parallel tests never meet.
const freshIp = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const meta = () => ({ ip: freshIp(), userAgent: "vitest" });
const unknownEmail = () => `nobody-${randomBytes(5).toString("hex")}@example.test`;

test("the right password signs in and opens a 7-day session row", async () => {
  const user = await createUser(db);
  const m = meta();
  const r = await verifyCredentials({ email: `  ${user.email.toUpperCase()} `, password: user.password }, m);
  expect(r).toMatchObject({ ok: true, user: { id: user.id, email: user.email } });
  if (!r.ok) return;
  const row = await db.userSession.findUniqueOrThrow({ where: { id: r.sessionId } });
  expect(row).toMatchObject({ userId: user.id, ip: m.ip, userAgent: "vitest", revokedAt: null });
  expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
});

test("a wrong password and an unknown email get the same answer, and no session is made", async () => {
  const user = await createUser(db);
  const wrong = await verifyCredentials({ email: user.email, password: "not-the-password" }, meta());
  const unknown = await verifyCredentials({ email: unknownEmail(), password: "whatever" }, meta());
  expect(wrong).toEqual({ ok: false, error: "invalid" });
  expect(unknown).toEqual(wrong);
  expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
});

test("malformed input is refused without counting against anyone", async () => {
  const m = meta();
  for (const bad of [null, {}, { email: "not-an-email", password: "x" }, { email: "a@b.test", password: "" }, { email: "a@b.test", password: "x".repeat(201) }]) {
    expect(await verifyCredentials(bad, m)).toEqual({ ok: false, error: "invalid" });
  }
  expect((await peekRateLimit(ipLimit(m.ip))).count).toBe(0);
});

test("a disabled user is refused with the right password, and gets the generic answer with a wrong one", async () => {
  const user = await createUser(db, { disabled: true });
  expect(await verifyCredentials({ email: user.email, password: user.password }, meta())).toEqual({ ok: false, error: "disabled" });
  expect(await verifyCredentials({ email: user.email, password: "nope" }, meta())).toEqual({ ok: false, error: "invalid" });
  expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
});

test("10 failures per account (from any IPs) throttle it, even with the right password; known and unknown alike", async () => {
  const user = await createUser(db);
  const ghost = unknownEmail();
  const seen: { known: string[]; unknown: string[] } = { known: [], unknown: [] };
  for (let i = 0; i < 11; i++) {
    const k = await verifyCredentials({ email: user.email, password: `wrong-${i}` }, meta());
    const u = await verifyCredentials({ email: ghost, password: `wrong-${i}` }, meta());
    seen.known.push(k.ok ? "ok" : k.error);
    seen.unknown.push(u.ok ? "ok" : u.error);
  }
  expect(seen.known).toEqual([...Array(10).fill("invalid"), "throttled"]);
  expect(seen.unknown).toEqual(seen.known);
  expect(await verifyCredentials({ email: user.email, password: user.password }, meta())).toEqual({ ok: false, error: "throttled" });
  // Throttled attempts are not checked, so they do not add to the count.
  expect((await peekRateLimit(accountLimit(user.email))).count).toBe(10);
});

test("50 failures from one IP throttle that IP for every account; other IPs are unaffected", async () => {
  const ip = freshIp();
  for (let i = 0; i < 50; i++) {
    expect(await verifyCredentials({ email: unknownEmail(), password: "x" }, { ip, userAgent: null })).toEqual({ ok: false, error: "invalid" });
  }
  const user = await createUser(db);
  expect(await verifyCredentials({ email: user.email, password: user.password }, { ip, userAgent: null })).toEqual({ ok: false, error: "throttled" });
  expect(await verifyCredentials({ email: user.email, password: user.password }, meta())).toMatchObject({ ok: true });
});

test("a successful sign-in resets the account's counter and does not count against the IP", async () => {
  const user = await createUser(db);
  const m = meta();
  for (let i = 0; i < 9; i++) await verifyCredentials({ email: user.email, password: "wrong" }, m);
  expect(await verifyCredentials({ email: user.email, password: user.password }, m)).toMatchObject({ ok: true });
  expect((await peekRateLimit(accountLimit(user.email))).count).toBe(0);
  expect((await peekRateLimit(ipLimit(m.ip))).count).toBe(9);
  for (let i = 0; i < 10; i++) {
    expect(await verifyCredentials({ email: user.email, password: "wrong" }, meta())).toEqual({ ok: false, error: "invalid" });
  }
});

test("a burst of 40 parallel guesses gets exactly 10 password checks", async () => {
  const user = await createUser(db);
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => verifyCredentials({ email: user.email, password: `guess-${i}` }, meta())));
  const errors = results.map((r) => (r.ok ? "ok" : r.error));
  expect(errors.filter((e) => e === "invalid")).toHaveLength(10);
  expect(errors.filter((e) => e === "throttled")).toHaveLength(30);
  expect((await peekRateLimit(accountLimit(user.email))).count).toBe(10);
});

test("IPv6 clients are counted per /64: rotating addresses inside one does not reset the budget", async () => {
  const prefix = `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
  for (let i = 0; i < 50; i++) {
    await verifyCredentials({ email: unknownEmail(), password: "x" }, { ip: `${prefix}::${(i + 1).toString(16)}`, userAgent: null });
  }
  const user = await createUser(db);
  expect(await verifyCredentials({ email: user.email, password: user.password }, { ip: `${prefix}:ffff:ffff:ffff:ffff`, userAgent: null })).toEqual({
    ok: false,
    error: "throttled",
  });
});
