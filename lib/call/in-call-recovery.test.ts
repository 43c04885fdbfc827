import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { createInCallRecovery, type TRecoveryHost } from "./in-call-recovery";
import { liveResources } from "./resources";
import type { TSipCall } from "./sip-call";
import type { TDialerState } from "./types";

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5); // no jitter
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function host(state: TDialerState["name"], reconnect: () => Promise<void> = () => Promise.resolve()) {
  const sip = { restartIce: vi.fn(() => Promise.resolve()), reconnect: vi.fn(reconnect) };
  const cleanups: (() => void)[] = [];
  const h = {
    state,
    isReconnecting: false,
    failed: 0,
    sip,
    cleanups,
  };
  const api: TRecoveryHost = {
    sip: () => sip as unknown as TSipCall,
    state: () => h.state,
    reconnecting: () => h.isReconnecting,
    setReconnecting: (on) => (h.isReconnecting = on),
    fail: () => h.failed++,
    onCleanup: (stop) => cleanups.push(stop),
  };
  return { h, recovery: createInCallRecovery(api) };
}

test("a lost WebSocket before the answer fails the call: the INVITE's answers could only come back on it", () => {
  for (const s of ["connecting", "ringing"] as const) {
    const { h, recovery } = host(s);
    recovery.transportLost();
    expect(h.failed).toBe(1);
    expect(h.sip.reconnect).not.toHaveBeenCalled();
  }
});

test("in call, a lost WebSocket shows reconnecting, reconnects once, and clears the flag when it works", async () => {
  const { h, recovery } = host("in-call");
  recovery.transportLost();
  recovery.transportLost(); // the same loss reported twice starts one loop, not two
  expect(h.isReconnecting).toBe(true);
  await vi.advanceTimersByTimeAsync(600);
  expect(h.sip.reconnect).toHaveBeenCalledTimes(1);
  expect(h.isReconnecting).toBe(false);
  expect(h.failed).toBe(0);
});

test("a reconnect that never works ends the call after the budget; the stop function is handed to the dialer", async () => {
  const { h, recovery } = host("in-call", () => Promise.reject(new Error("down")));
  recovery.transportLost();
  expect(h.cleanups).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(16_000);
  expect(h.failed).toBe(1);
  expect(liveResources().timers).toBe(0);
});

test("ICE restarts: on disconnected or failed only, at most one per 5 s, and only in call", async () => {
  const { h, recovery } = host("in-call");
  await recovery.iceState("checking");
  expect(h.sip.restartIce).not.toHaveBeenCalled();
  await recovery.iceState("disconnected");
  await recovery.iceState("failed");
  await recovery.restartIce();
  expect(h.sip.restartIce).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(5_001);
  await recovery.restartIce();
  expect(h.sip.restartIce).toHaveBeenCalledTimes(2);
  h.state = "ended";
  vi.advanceTimersByTime(10_000);
  await recovery.iceState("failed");
  expect(h.sip.restartIce).toHaveBeenCalledTimes(2);
});
