import { qualityFrom, readSnapshot, type TStatsSnapshot } from "./call-stats";
import { watchdogVerdict } from "./media-watchdog";
import { INITIAL_NETWORK_WATCH, watchNetwork, type TTransportSample } from "./network-watchdog";
import { opened, released } from "./resources";
import type { TQuality } from "./types";

export type TMonitorOptions = {
  peerConnection: () => RTCPeerConnection | undefined;
  answeredAt: number;
  watchdogMs: number;
  // Bytes that arrived as early media before the answer must not count as audio after it.
  hadEarlyMedia: boolean;
  onQuality(q: TQuality, snap: TStatsSnapshot): void;
  onMediaDead(): void;
  // Every tick while the transport that once worked is down (the dialer retries an ICE restart from here).
  onTransportDown(downForMs: number): void;
  onNetworkLost(): void;
  networkLossMs?: number;
};

const sample = (pc: RTCPeerConnection, at: number): TTransportSample => ({
  at,
  ice: pc.iceConnectionState,
  dtls: pc.getSenders()[0]?.transport?.state ?? null,
});

// Once a second after the answer: read getStats(), derive the quality indicator, and feed the media watchdog and
// the network watchdog.
export function startMonitor(o: TMonitorOptions): () => void {
  let prev: TStatsSnapshot | null = null;
  let baseline: number | null = null;
  let flowing = false;
  let stopped = false;
  let network = INITIAL_NETWORK_WATCH;
  const tick = async () => {
    const pc = o.peerConnection();
    if (!pc || stopped) return;
    const now = Date.now();
    const judged = watchNetwork(network, sample(pc, now), o.networkLossMs);
    network = judged.watch;
    if (judged.verdict === "lost") return o.onNetworkLost();
    if (judged.verdict === "down") o.onTransportDown(now - (network.downSince ?? now));
    const snap = readSnapshot((await pc.getStats()) as unknown as Iterable<[string, unknown]>, Date.now());
    if (stopped) return;
    baseline ??= o.hadEarlyMedia ? snap.bytesReceived : 0;
    o.onQuality(qualityFrom(prev, snap), snap);
    prev = snap;
    if (!flowing) {
      const verdict = watchdogVerdict({ answeredAt: o.answeredAt, now: snap.at, timeoutMs: o.watchdogMs, baselineBytes: baseline, bytesReceived: snap.bytesReceived });
      if (verdict === "flowing") flowing = true;
      if (verdict === "dead") o.onMediaDead();
    }
  };
  void tick();
  const id = setInterval(() => void tick(), 1000);
  opened("timers");
  return () => {
    if (stopped) return;
    stopped = true;
    clearInterval(id);
    released("timers");
  };
}
