import { expect, test } from "vitest";
import { INITIAL_NETWORK_WATCH, NETWORK_LOSS_MS, watchNetwork, type TNetworkVerdict, type TTransportSample } from "./network-watchdog";

type TStep = Partial<TTransportSample> & { at: number };

// Feeds samples in order and returns each verdict.
const run = (steps: TStep[], boundMs = 12_000): TNetworkVerdict[] => {
  let watch = INITIAL_NETWORK_WATCH;
  return steps.map((s) => {
    const r = watchNetwork(watch, { ice: "connected", dtls: "connected", ...s }, boundMs);
    watch = r.watch;
    return r.verdict;
  });
};

test("a transport that stays disconnected past the bound is lost, not before", () => {
  expect(run([{ at: 0 }, { at: 1000, ice: "disconnected" }, { at: 12_999, ice: "disconnected" }, { at: 13_000, ice: "disconnected" }])).toEqual(["up", "down", "down", "lost"]);
});

test("the bound counts from the first down sample through an ICE restart's checking and a later failed", () => {
  const v = run([{ at: 0 }, { at: 2000, ice: "disconnected" }, { at: 3000, ice: "checking" }, { at: 9000, ice: "failed" }, { at: 14_000, ice: "checking" }]);
  expect(v).toEqual(["up", "down", "down", "down", "lost"]);
});

test("a restart that finds a new path in time resets the clock", () => {
  const v = run([{ at: 0 }, { at: 1000, ice: "disconnected" }, { at: 8000, ice: "connected" }, { at: 9000, ice: "disconnected" }, { at: 20_000, ice: "disconnected" }]);
  expect(v).toEqual(["up", "down", "up", "down", "down"]);
});

test("before the transport ever came up nothing is judged: that is the media watchdog's case", () => {
  expect(run([{ at: 0, ice: "checking" }, { at: 30_000, ice: "failed" }, { at: 60_000, ice: "disconnected" }])).toEqual(["up", "up", "up"]);
});

test("a failed or closed DTLS transport counts as down even while ICE says connected", () => {
  expect(run([{ at: 0 }, { at: 1000, dtls: "failed" }, { at: 13_000, dtls: "failed" }])).toEqual(["up", "down", "lost"]);
  expect(run([{ at: 0 }, { at: 1000, dtls: "closed" }, { at: 13_000, dtls: "closed" }])).toEqual(["up", "down", "lost"]);
});

test("a browser that does not expose DTLS state is judged on ICE alone", () => {
  expect(run([{ at: 0, dtls: null }, { at: 1000, dtls: null, ice: "failed" }, { at: 13_000, dtls: null, ice: "failed" }])).toEqual(["up", "down", "lost"]);
});

test("our own hang-up closing the connection is never a loss", () => {
  expect(run([{ at: 0 }, { at: 1000, ice: "closed" }, { at: 60_000, ice: "closed" }])).toEqual(["up", "up", "up"]);
});

test("silence is not a loss: only transport state is read, so a connected call with no audio stays up", () => {
  expect(run([{ at: 0 }, { at: 60_000 }, { at: 600_000 }])).toEqual(["up", "up", "up"]);
});

test("the default bound leaves room for an ICE restart and a second attempt", () => {
  expect(NETWORK_LOSS_MS).toBeGreaterThanOrEqual(10_000);
  expect(NETWORK_LOSS_MS).toBeLessThanOrEqual(15_000);
});
