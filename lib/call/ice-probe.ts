// Browser-side: gathers candidates against ONE STUN/TURN URL with its own RTCPeerConnection, so each server and
// transport is judged alone (a working server next to a broken one would otherwise hide the broken one).
export type TCandidateType = "host" | "srflx" | "prflx" | "relay";

export type TIceProbe = {
  url: string;
  firstMs: Partial<Record<TCandidateType, number>>; // time to the first candidate of each type
  relayProtocol: string | null;
  errors: { code: number; text: string }[];
  finishedMs: number;
  timedOut: boolean;
};

export type TIceProbeInput = { url: string; username?: string; credential?: string };

export async function probeIceUrl(input: TIceProbeInput, timeoutMs = 3000): Promise<TIceProbe> {
  const started = performance.now();
  const result: TIceProbe = { url: input.url, firstMs: {}, relayProtocol: null, errors: [], finishedMs: 0, timedOut: false };
  let pc: RTCPeerConnection;
  try {
    pc = new RTCPeerConnection({ iceServers: [{ urls: [input.url], username: input.username, credential: input.credential }], iceCandidatePoolSize: 0 });
  } catch (err) {
    // The browser refuses the configuration itself (e.g. TURN without credentials): report it for this URL only.
    result.errors.push({ code: 0, text: err instanceof Error ? err.message : String(err) });
    return result;
  }
  try {
    await new Promise<void>((resolve) => {
      // A TURN/UDP server that never answers keeps Chromium gathering ~40 s: our own bound decides.
      const timer = setTimeout(() => ((result.timedOut = true), resolve()), timeoutMs);
      pc.onicecandidate = (e) => {
        if (!e.candidate) return (clearTimeout(timer), resolve());
        const type = e.candidate.type as TCandidateType | null;
        if (type && result.firstMs[type] === undefined) result.firstMs[type] = Math.round(performance.now() - started);
        // relayProtocol (udp/tcp/tls) is in Chromium but not yet in TypeScript's DOM types.
        if (type === "relay") result.relayProtocol = (e.candidate as RTCIceCandidate & { relayProtocol?: string }).relayProtocol ?? null;
      };
      pc.onicecandidateerror = (e) => {
        const ev = e as RTCPeerConnectionIceErrorEvent;
        result.errors.push({ code: ev.errorCode, text: ev.errorText });
      };
      pc.createDataChannel("probe");
      void pc.createOffer().then((offer) => pc.setLocalDescription(offer));
    });
  } finally {
    result.finishedMs = Math.round(performance.now() - started);
    pc.close();
  }
  return result;
}
