// The session description handler sip.js makes for a call (its RTCPeerConnection), with our changes: the
// microphone stream opened at preflight instead of a getUserMedia inside invite(), ICE gathering ended at the
// first usable candidate (ice-gate), the peer connection's events passed to the dialer, and every peer connection
// counted in the live resources until it closes.
import type { SessionDescriptionHandlerFactory } from "sip.js/lib/api/session-description-handler-factory.js";
import { defaultMediaStreamFactory } from "sip.js/lib/platform/web/session-description-handler/media-stream-factory-default.js";
import { defaultSessionDescriptionHandlerFactory } from "sip.js/lib/platform/web/session-description-handler/session-description-handler-factory-default.js";
import type { SessionDescriptionHandler } from "sip.js/lib/platform/web/session-description-handler/session-description-handler.js";
import { createIceGate } from "./ice-gate";
import { opened, released } from "./resources";
import type { TSipCallEvents, TSipCallOptions } from "./sip-call";

export function mediaHandlerFactory(
  opts: TSipCallOptions,
  ev: Pick<TSipCallEvents, "onIceState" | "onTrack">,
  onCreated: (h: SessionDescriptionHandler) => void,
): SessionDescriptionHandlerFactory {
  const media = opts.stock || !opts.micStream ? defaultMediaStreamFactory() : () => Promise.resolve(opts.micStream as MediaStream);
  const base = defaultSessionDescriptionHandlerFactory(media);
  const hasTurn = opts.ticket.iceServers.some((s) => s.urls.some((u) => u.startsWith("turn")));
  return (session, options) => {
    const h = base(session, options) as SessionDescriptionHandler;
    onCreated(h);
    opened("peerConnections");
    const pc = h.peerConnection as RTCPeerConnection;
    // Stock mode keeps sip.js's own wait (the benchmark's baseline).
    const gate = opts.stock ? null : createIceGate({ hasTurn, complete: () => h.iceGatheringComplete() });
    h.peerConnectionDelegate = {
      onicecandidate: (e) => gate?.candidate(e.candidate),
      oniceconnectionstatechange: () => ev.onIceState(pc.iceConnectionState),
      ontrack: (e) => ev.onTrack((e as RTCTrackEvent).track),
    };
    const close = h.close.bind(h);
    h.close = () => {
      gate?.dispose();
      if (h.peerConnection) released("peerConnections");
      close();
    };
    return h;
  };
}
