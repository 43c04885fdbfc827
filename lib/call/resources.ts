// Live browser resources the dialer opened and has not released yet. Every open is paired with a release; after a
// call ends all counts must be back to zero (the lab tests read them through window.__ringlinkDialer).

export type TResourceKind = "tracks" | "audioContexts" | "peerConnections" | "userAgents" | "timers";

const counts: Record<TResourceKind, number> = { tracks: 0, audioContexts: 0, peerConnections: 0, userAgents: 0, timers: 0 };

export function opened(kind: TResourceKind, n = 1) {
  counts[kind] += n;
}

export function released(kind: TResourceKind, n = 1) {
  counts[kind] = Math.max(0, counts[kind] - n);
}

export function liveResources(): Record<TResourceKind, number> {
  return { ...counts };
}

if (typeof window !== "undefined") {
  (window as unknown as { __ringlinkDialer?: { resources: () => Record<TResourceKind, number> } }).__ringlinkDialer = { resources: liveResources };
}
