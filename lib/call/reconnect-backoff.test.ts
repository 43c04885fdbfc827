import { expect, test } from "vitest";
import { nextReconnect, RECONNECT_BACKOFF } from "./reconnect-backoff";

const delay = (attempt: number, random: number) => {
  const step = nextReconnect({ attempt, lostAt: 0, now: 0, random: () => random });
  if (step.kind !== "wait") throw new Error(`attempt ${attempt} gave up`);
  return step.delayMs;
};

test("the nominal schedule doubles from 0.5 s and is capped at 4 s", () => {
  expect([0, 1, 2, 3, 4, 9].map((a) => delay(a, 0.5))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
});

test("jitter stays within ±30 % of the nominal delay, at both extremes", () => {
  expect([0, 1, 2, 3].map((a) => delay(a, 0))).toEqual([350, 700, 1400, 2800]);
  expect([0, 1, 2, 3].map((a) => delay(a, 0.999_999))).toEqual([650, 1300, 2600, 5200]);
  for (let i = 0; i < 200; i++) {
    const d = delay(3, Math.random());
    expect(d).toBeGreaterThanOrEqual(2800);
    expect(d).toBeLessThanOrEqual(5200);
  }
});

test("a huge attempt number neither overflows nor exceeds the cap", () => {
  expect(delay(10_000, 0.5)).toBe(4000);
});

test("the last delay is shortened to an attempt right at the bound, then it gives up", () => {
  const at = (now: number) => nextReconnect({ attempt: 4, lostAt: 1000, now, random: () => 0.5 });
  expect(at(1000 + RECONNECT_BACKOFF.giveUpMs - 4000)).toEqual({ kind: "wait", delayMs: 4000 });
  expect(at(1000 + RECONNECT_BACKOFF.giveUpMs - 1500)).toEqual({ kind: "wait", delayMs: 1500 });
  expect(at(1000 + RECONNECT_BACKOFF.giveUpMs)).toEqual({ kind: "give-up" });
});

test("back to back failures: attempts at 0.5, 1.5, 3.5, 7.5, 11.5 and 15 s, then it gives up", () => {
  let now = 0;
  const starts: number[] = [];
  for (;;) {
    const step = nextReconnect({ attempt: starts.length, lostAt: 0, now, random: () => 0.5 });
    if (step.kind === "give-up") break;
    now += step.delayMs;
    starts.push(now);
  }
  expect(starts).toEqual([500, 1500, 3500, 7500, 11_500, 15_000]);
});
