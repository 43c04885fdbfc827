import { expect, test } from "vitest";
import { intervalLossPct, qualityFrom, readSnapshot } from "./call-stats";

const report = (entries: Record<string, unknown>[]) => new Map(entries.map((e) => [e.id as string, e]));

test("reads inbound audio, the selected pair's RTT and jitter from a getStats() report", () => {
  const snap = readSnapshot(
    report([
      { id: "IT01A", type: "inbound-rtp", kind: "audio", bytesReceived: 16_000, packetsReceived: 100, packetsLost: 2, jitter: 0.004, audioLevel: 0.3 },
      { id: "IT01V", type: "inbound-rtp", kind: "video", bytesReceived: 999_999 },
      { id: "T01", type: "transport", selectedCandidatePairId: "CP2" },
      { id: "CP1", type: "candidate-pair", currentRoundTripTime: 0.5, nominated: false },
      { id: "CP2", type: "candidate-pair", currentRoundTripTime: 0.012 },
    ]),
    1000,
  );
  expect(snap).toEqual({ at: 1000, bytesReceived: 16_000, packetsReceived: 100, packetsLost: 2, jitterMs: 4, audioLevel: 0.3, rttMs: 12 });
});

test("falls back to RTCP's remote-inbound RTT and survives an empty report", () => {
  const snap = readSnapshot(report([{ id: "R", type: "remote-inbound-rtp", kind: "audio", roundTripTime: 0.08 }]), 0);
  expect(snap.rttMs).toBe(80);
  expect(readSnapshot(report([]), 0)).toMatchObject({ bytesReceived: 0, rttMs: null, jitterMs: null, audioLevel: null });
});

test("loss is computed over the interval between two snapshots", () => {
  const a = { at: 0, bytesReceived: 0, packetsReceived: 100, packetsLost: 0, jitterMs: 1, audioLevel: 0, rttMs: 10 };
  const b = { ...a, at: 1000, packetsReceived: 145, packetsLost: 5 };
  expect(intervalLossPct(a, b)).toBeCloseTo(10, 5);
  expect(intervalLossPct(null, b)).toBeNull();
  expect(intervalLossPct(b, b)).toBeNull();
});

test("quality carries a MOS and a grade; no data gives unknown", () => {
  const a = { at: 0, bytesReceived: 0, packetsReceived: 100, packetsLost: 0, jitterMs: 2, audioLevel: 0, rttMs: 20 };
  const q = qualityFrom(a, { ...a, at: 1000, packetsReceived: 150 });
  expect(q).toMatchObject({ rttMs: 20, jitterMs: 2, lossPct: 0, grade: "good" });
  expect(q.mos).toBeGreaterThan(4);
  const none = { at: 0, bytesReceived: 0, packetsReceived: 0, packetsLost: 0, jitterMs: null, audioLevel: null, rttMs: null };
  expect(qualityFrom(null, none)).toEqual({ rttMs: null, jitterMs: null, lossPct: null, mos: null, grade: "unknown" });
});
