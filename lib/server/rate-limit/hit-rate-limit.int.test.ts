import { randomBytes } from "node:crypto";
import { test, expect } from "vitest";
import { hitRateLimit, peekRateLimit, releaseRateLimit, resetRateLimit, type TRateLimit } from "./hit-rate-limit";

const fresh = (limit: number, windowSeconds = 60): TRateLimit => ({ key: `test:${randomBytes(6).toString("hex")}`, limit, windowSeconds });
// A fixed instant at the start of a 60 s window, so "later in the same window" and "the next window" are exact.
// In the future, so the opportunistic sweep of expired windows (real clock) never removes this test's counters.
const T0 = Date.UTC(2100, 0, 1, 12, 0, 0);

test("allows `limit` hits per window, refuses the next, and says when to retry", async () => {
  const l = fresh(3);
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await hitRateLimit(l, T0 + 1000));
  expect(results.map((r) => [r.count, r.allowed, r.remaining])).toEqual([
    [1, true, 2],
    [2, true, 1],
    [3, true, 0],
    [4, false, 0],
  ]);
  expect(results[3]!.retryAfterSeconds).toBe(59);
});

test("a new window starts from zero; the old window does not leak into it", async () => {
  const l = fresh(2);
  await hitRateLimit(l, T0);
  await hitRateLimit(l, T0 + 59_999);
  expect((await hitRateLimit(l, T0 + 59_999)).allowed).toBe(false);
  const next = await hitRateLimit(l, T0 + 60_000);
  expect(next).toMatchObject({ count: 1, allowed: true });
});

test("keys are independent", async () => {
  const a = fresh(1);
  const b = fresh(1);
  await hitRateLimit(a, T0);
  expect((await hitRateLimit(b, T0)).count).toBe(1);
});

test("50 parallel hits count exactly 50, each seeing a distinct count", async () => {
  const l = fresh(10);
  const results = await Promise.all(Array.from({ length: 50 }, () => hitRateLimit(l, T0)));
  expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  expect(results.filter((r) => r.allowed)).toHaveLength(10);
  expect((await peekRateLimit(l, T0)).count).toBe(50);
});

test("peek does not count; release gives one hit back and never goes below zero; reset clears the window", async () => {
  const l = fresh(2);
  expect((await peekRateLimit(l, T0)).count).toBe(0);
  await hitRateLimit(l, T0);
  await hitRateLimit(l, T0);
  expect(await peekRateLimit(l, T0)).toMatchObject({ count: 2, allowed: false });
  await releaseRateLimit(l, T0);
  expect(await peekRateLimit(l, T0)).toMatchObject({ count: 1, allowed: true });
  await releaseRateLimit(l, T0);
  await releaseRateLimit(l, T0);
  expect((await peekRateLimit(l, T0)).count).toBe(0);
  await hitRateLimit(l, T0);
  await resetRateLimit(l, T0);
  expect((await hitRateLimit(l, T0)).count).toBe(1);
});
