// Live browser resources the dialer opened and has not released yet. Every open is paired with a release; after a
// call ends all counts must be back to zero. Tests read them, and the current call's raw getStats() figures,
// through window.__ringlinkDialer (nothing secret: counts and media statistics only).

export type TResourceKind = "tracks" | "audioContexts" | "peerConnections" | "userAgents" | "timers";

const counts: Record<TResourceKind, number> = { tracks: 0, audioContexts: 0, peerConnections: 0, userAgents: 0, timers: 0 };
let currentPc: () => RTCPeerConnection | undefined = () => undefined;

export function opened(kind: TResourceKind, n = 1) {
  counts[kind] += n;
}

export function released(kind: TResourceKind, n = 1) {
  counts[kind] = Math.max(0, counts[kind] - n);
}

export function liveResources(): Record<TResourceKind, number> {
  return { ...counts };
}

export function setCurrentPeerConnection(get: () => RTCPeerConnection | undefined) {
  currentPc = get;
}

type TStat = Record<string, unknown> & { type: string; id: string };

// Straight from getStats(): inbound/outbound audio and the selected candidate pair's local candidate type.
export async function currentMediaStats() {
  const pc = currentPc();
  if (!pc) return null;
  const stats = [...(await pc.getStats()).values()] as TStat[];
  const inbound = stats.find((s) => s.type === "inbound-rtp" && s.kind === "audio");
  const outbound = stats.find((s) => s.type === "outbound-rtp" && s.kind === "audio");
  const transport = stats.find((s) => s.type === "transport");
  const pair = stats.find((s) => s.id === transport?.selectedCandidatePairId);
  const local = stats.find((s) => s.id === pair?.localCandidateId);
  const remote = stats.find((s) => s.id === pair?.remoteCandidateId);
  return {
    bytesReceived: Number(inbound?.bytesReceived ?? 0),
    audioLevel: Number(inbound?.audioLevel ?? 0),
    bytesSent: Number(outbound?.bytesSent ?? 0),
    localCandidateType: (local?.candidateType as string | undefined) ?? null,
    // Where the media goes (the relay's port for this call), so a test can cut exactly this call's path.
    remotePort: (remote?.port as number | undefined) ?? null,
    iceState: pc.iceConnectionState,
  };
}

if (typeof window !== "undefined") {
  (window as unknown as { __ringlinkDialer?: unknown }).__ringlinkDialer = { resources: liveResources, stats: currentMediaStats };
}
