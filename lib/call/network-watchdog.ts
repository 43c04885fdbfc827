// Decides whether a call whose transport once worked has lost its network for good (Wi-Fi gone, the media relay
// gone). It reads only ICE and DTLS transport state, never audio levels or byte counts: a PBX with silence
// suppression sends no RTP while nobody speaks, and that call is healthy. Calls whose media never started are the
// media watchdog's job (media-watchdog.ts).

export type TTransportSample = {
  at: number;
  ice: RTCIceConnectionState;
  dtls: RTCDtlsTransportState | null; // null when the browser does not expose the sender's transport
};

export type TNetworkWatch = {
  wasUp: boolean; // only a transport that once worked can be "lost"; before that the media watchdog decides
  downSince: number | null;
};

export type TNetworkVerdict = "up" | "down" | "lost";

export const INITIAL_NETWORK_WATCH: TNetworkWatch = { wasUp: false, downSince: null };

// Long enough for the ICE restart we send on "disconnected" to find a new path (re-INVITE round trip, gathering
// capped at 0.8 s, checks) and for a second attempt 5 s later, as a Wi-Fi to 4G handover needs a few seconds to bring
// up the new interface; short enough that the visitor is told within ~15 s instead of sitting in silence.
export const NETWORK_LOSS_MS = 12_000;

const isUp = (s: TTransportSample) => (s.ice === "connected" || s.ice === "completed") && s.dtls !== "failed" && s.dtls !== "closed";

// "closed" is our own hang-up tearing the connection down, not a network problem.
const isOurs = (s: TTransportSample) => s.ice === "closed";

export function watchNetwork(w: TNetworkWatch, s: TTransportSample, boundMs = NETWORK_LOSS_MS): { watch: TNetworkWatch; verdict: TNetworkVerdict } {
  if (isOurs(s)) return { watch: w, verdict: "up" };
  if (isUp(s)) return { watch: { wasUp: true, downSince: null }, verdict: "up" };
  if (!w.wasUp) return { watch: w, verdict: "up" };
  // disconnected, failed, or "checking"/"new" again during an ICE restart: all count as down until a path is back.
  const downSince = w.downSince ?? s.at;
  return { watch: { wasUp: true, downSince }, verdict: s.at - downSince >= boundMs ? "lost" : "down" };
}
