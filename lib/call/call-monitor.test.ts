import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { startMonitor } from "./call-monitor";

// A stand-in for the browser's RTCPeerConnection (vitest runs in Node, which has none): only what the monitor reads.
function fakePc() {
  const pc = {
    iceConnectionState: "connected" as RTCIceConnectionState,
    bytes: 0,
    getSenders: () => [{ transport: { state: "connected" } }],
    getStats: async () => new Map([["IT01", { id: "IT01", type: "inbound-rtp", kind: "audio", bytesReceived: pc.bytes }]]),
  };
  return pc;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function monitor(pc: ReturnType<typeof fakePc>) {
  const calls = { down: [] as number[], lost: 0, dead: 0 };
  const stop = startMonitor({
    peerConnection: () => pc as unknown as RTCPeerConnection,
    answeredAt: Date.now(),
    watchdogMs: 4000,
    hadEarlyMedia: false,
    networkLossMs: 12_000,
    onQuality: () => undefined,
    onMediaDead: () => calls.dead++,
    onTransportDown: (ms) => calls.down.push(ms),
    onNetworkLost: () => calls.lost++,
  });
  return { calls, stop };
}

test("after audio flowed, ICE down for the bound ends the call as lost, asking for restarts meanwhile", async () => {
  const pc = fakePc();
  pc.bytes = 1000;
  const { calls, stop } = monitor(pc);
  await vi.advanceTimersByTimeAsync(3000);
  pc.iceConnectionState = "disconnected"; // first seen by the tick at 4 s: lost from 16 s
  await vi.advanceTimersByTimeAsync(12_000);
  expect(calls.lost).toBe(0);
  expect(calls.down.length).toBeGreaterThanOrEqual(10);
  await vi.advanceTimersByTimeAsync(1000);
  expect(calls.lost).toBe(1);
  expect(calls.dead).toBe(0);
  stop();
});

test("a connected call whose inbound audio stops (silence suppression) is never ended", async () => {
  const pc = fakePc();
  pc.bytes = 1000;
  const { calls, stop } = monitor(pc);
  await vi.advanceTimersByTimeAsync(120_000);
  expect(calls).toEqual({ down: [], lost: 0, dead: 0 });
  stop();
});
