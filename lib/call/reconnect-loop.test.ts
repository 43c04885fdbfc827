import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { startReconnect } from "./reconnect-loop";
import { liveResources } from "./resources";

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5); // no jitter: 0.5, 1, 2, 4, 4 s
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test("retries on the backoff schedule and reports the time to the first attempt that works", async () => {
  const at: number[] = [];
  const t0 = Date.now();
  let restored: number | null = null;
  const attempt = vi.fn(async () => {
    at.push(Date.now() - t0);
    if (at.length < 3) throw new Error("still down");
  });
  startReconnect({ attempt, onRestored: (ms) => (restored = ms), onGiveUp: () => expect.unreachable() });
  await vi.advanceTimersByTimeAsync(10_000);
  expect(at).toEqual([500, 1500, 3500]);
  expect(restored).toBe(3500);
  expect(liveResources().timers).toBe(0);
});

test("gives up after the bound when nothing works, and holds no timer afterwards", async () => {
  const attempt = vi.fn(() => Promise.reject(new Error("down")));
  const onGiveUp = vi.fn();
  startReconnect({ attempt, onRestored: () => expect.unreachable(), onGiveUp });
  // Attempts at 0.5, 1.5, 3.5, 7.5, 11.5 and (shortened from 15.5) 15 s.
  await vi.advanceTimersByTimeAsync(14_900);
  expect(onGiveUp).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(200);
  expect(attempt).toHaveBeenCalledTimes(6);
  expect(onGiveUp).toHaveBeenCalledTimes(1);
  expect(liveResources().timers).toBe(0);
});

test("an attempt that never settles counts as failed after its timeout", async () => {
  const attempt = vi.fn(() => new Promise<void>(() => undefined));
  const stop = startReconnect({ attempt, onRestored: () => expect.unreachable(), onGiveUp: () => undefined, attemptTimeoutMs: 1000 });
  await vi.advanceTimersByTimeAsync(500 + 1000 + 1000);
  expect(attempt).toHaveBeenCalledTimes(2);
  stop();
});

test("stop() (the call ended another way) cancels the pending attempt and releases the timer", async () => {
  const attempt = vi.fn(() => Promise.resolve());
  const stop = startReconnect({ attempt, onRestored: () => expect.unreachable(), onGiveUp: () => expect.unreachable() });
  expect(liveResources().timers).toBe(1);
  stop();
  stop();
  await vi.advanceTimersByTimeAsync(20_000);
  expect(attempt).not.toHaveBeenCalled();
  expect(liveResources().timers).toBe(0);
});
