import { estimateMos, mosGrade } from "./mos";
import type { TQuality } from "./types";

// What we read out of one RTCPeerConnection.getStats() report.
export type TStatsSnapshot = {
  at: number;
  bytesReceived: number;
  packetsReceived: number;
  packetsLost: number;
  jitterMs: number | null;
  audioLevel: number | null;
  rttMs: number | null;
};

type TStat = Record<string, unknown> & { type: string; id: string };

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

// Accepts anything iterable as [id, stat] pairs (RTCStatsReport, a Map in tests).
export function readSnapshot(report: Iterable<[string, unknown]>, at: number): TStatsSnapshot {
  const stats = [...report].map(([, s]) => s as TStat);
  const inbound = stats.find((s) => s.type === "inbound-rtp" && (s.kind === "audio" || s.mediaType === "audio"));
  const transport = stats.find((s) => s.type === "transport" && typeof s.selectedCandidatePairId === "string");
  const pair =
    stats.find((s) => s.type === "candidate-pair" && transport && s.id === transport.selectedCandidatePairId) ??
    stats.find((s) => s.type === "candidate-pair" && s.nominated === true && s.state === "succeeded");
  const remoteInbound = stats.find((s) => s.type === "remote-inbound-rtp" && (s.kind === "audio" || s.mediaType === "audio"));
  // The ICE pair's RTT is measured every few hundred ms; RTCP's remote-inbound RTT only every ~5 s. Prefer the first.
  const rttSec = num(pair?.currentRoundTripTime) ?? num(remoteInbound?.roundTripTime);
  const jitter = num(inbound?.jitter);
  return {
    at,
    bytesReceived: num(inbound?.bytesReceived) ?? 0,
    packetsReceived: num(inbound?.packetsReceived) ?? 0,
    packetsLost: num(inbound?.packetsLost) ?? 0,
    jitterMs: jitter === null ? null : jitter * 1000,
    audioLevel: num(inbound?.audioLevel),
    rttMs: rttSec === null ? null : rttSec * 1000,
  };
}

// Loss over the last interval, not since the start: a bad minute an hour ago should not colour the dot now.
export function intervalLossPct(prev: TStatsSnapshot | null, cur: TStatsSnapshot): number | null {
  if (!prev) return null;
  const received = cur.packetsReceived - prev.packetsReceived;
  const lost = Math.max(0, cur.packetsLost - prev.packetsLost);
  if (received < 0 || received + lost === 0) return null;
  return (lost / (received + lost)) * 100;
}

export function qualityFrom(prev: TStatsSnapshot | null, cur: TStatsSnapshot): TQuality {
  const lossPct = intervalLossPct(prev, cur);
  const canScore = cur.rttMs !== null || cur.jitterMs !== null || lossPct !== null;
  const mos = canScore ? estimateMos({ rttMs: cur.rttMs ?? 0, jitterMs: cur.jitterMs ?? 0, lossPct: lossPct ?? 0 }) : null;
  const round = (v: number | null, d = 0) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
  return { rttMs: round(cur.rttMs), jitterMs: round(cur.jitterMs, 1), lossPct: round(lossPct, 1), mos, grade: mosGrade(mos) };
}
