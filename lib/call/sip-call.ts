// The sip.js part of a call. Loaded with import() when the call panel opens, never in the page's first load.
// Deep imports pull only what we use (about 51 KB gzipped instead of 61 KB for the package index).
import { Inviter } from "sip.js/lib/api/inviter.js";
import { SessionState } from "sip.js/lib/api/session-state.js";
import { UserAgent } from "sip.js/lib/api/user-agent.js";
import type { SessionDescriptionHandler } from "sip.js/lib/platform/web/session-description-handler/session-description-handler.js";
import type { SessionDescriptionHandlerOptions } from "sip.js/lib/platform/web/session-description-handler/session-description-handler-options.js";
import type { TCallTicket } from "@/lib/shared/call-schemas";
import { mediaHandlerFactory } from "./media-handler";
import { opened, released } from "./resources";

export type TSipCallOptions = {
  ticket: TCallTicket;
  micStream: MediaStream | null; // null only in the "stock" benchmark mode
  iceTransportPolicy?: RTCIceTransportPolicy;
  // Hard cap on ICE gathering: a STUN/TURN server that never answers keeps Chromium gathering for ~40 s.
  iceGatheringTimeoutMs?: number;
  // sip.js as it comes (5 s ICE wait, getUserMedia inside invite()), for the benchmark's comparison only.
  stock?: boolean;
};

export type TSipCallEvents = {
  onInviteSent(): void;
  onProgress(code: number, hasSdp: boolean): void;
  onAnswered(): void;
  onTrack(track: MediaStreamTrack): void;
  onIceState(state: RTCIceConnectionState): void;
  // The SBC's WebSocket dropped (not our own stop): the dialog has no signalling path until reconnect() succeeds.
  onTransportLost(): void;
  // Exactly once. `finalCode` is the final response to our INVITE when there was one.
  onTerminated(t: { finalCode: number | null; remoteBye: boolean; byeReasonHeader: string | null; transportLost: boolean }): void;
};

export type TSipCall = {
  peerConnection(): RTCPeerConnection | undefined;
  hangup(): Promise<void>;
  sendDtmf(digit: string): boolean;
  restartIce(): Promise<void>;
  // Opens a new WebSocket, then re-INVITEs (with an ICE restart, as a network change usually moved the media path
  // too) so the SBC learns the dialog's new connection. Rejects if either step fails.
  reconnect(): Promise<void>;
  dispose(): Promise<void>;
};

const ICE_RESTART: SessionDescriptionHandlerOptions = { offerOptions: { iceRestart: true } };

export async function startSipCall(opts: TSipCallOptions, ev: TSipCallEvents): Promise<TSipCall> {
  const { ticket } = opts;
  let sdh: SessionDescriptionHandler | undefined;
  let transportLost = false;
  const factory = mediaHandlerFactory(opts, ev, (h) => (sdh = h));

  const ua = new UserAgent({
    uri: UserAgent.makeURI(`sip:${ticket.sip?.fromUser ?? "visitor"}@${ticket.sbc.domain}`),
    authorizationUsername: ticket.sip?.authorizationUsername,
    authorizationPassword: ticket.sip?.authorizationPassword,
    displayName: ticket.displayName ?? undefined,
    userAgentString: "Ringlink",
    logBuiltinEnabled: true,
    logLevel: "error",
    logConfiguration: false,
    transportOptions: { server: ticket.sbc.wsUrl, connectionTimeout: 5, traceSip: false },
    sessionDescriptionHandlerFactory: factory,
    sessionDescriptionHandlerFactoryOptions: {
      iceGatheringTimeout: opts.stock ? 5000 : (opts.iceGatheringTimeoutMs ?? 800),
      // Always ours: sip.js's default is a public Google STUN server.
      peerConnectionConfiguration: { iceServers: ticket.iceServers, iceTransportPolicy: opts.iceTransportPolicy ?? "all" },
    },
    delegate: {
      onDisconnect: (error) => {
        if (!error) return;
        transportLost = true;
        ev.onTransportLost();
      },
    },
  });
  opened("userAgents");
  let uaStopped = false;
  const stopUa = async () => {
    if (uaStopped) return;
    uaStopped = true;
    released("userAgents");
    await ua.stop().catch(() => undefined);
  };

  try {
    await ua.start();
  } catch (err) {
    await stopUa();
    throw err;
  }

  const target = UserAgent.makeURI(ticket.sbc.target);
  if (!target) throw new Error("invalid SIP target");
  const inviter = new Inviter(ua, target, {
    extraHeaders: ticket.headers.map((h) => `${h.name}: ${h.value}`),
    // Apply a 183's SDP at once, so the PBX's own ringback or announcements are heard.
    earlyMedia: true,
    sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
  });
  let finalCode: number | null = null;
  let remoteBye = false;
  let byeReasonHeader: string | null = null;
  let terminated = false;
  inviter.delegate = {
    onBye: (bye) => {
      remoteBye = true;
      byeReasonHeader = bye.request.getHeader("reason") ?? null;
      bye.accept().catch(() => undefined);
    },
  };
  inviter.stateChange.addListener((state) => {
    if (state === SessionState.Established) ev.onAnswered();
    if (state === SessionState.Terminated && !terminated) {
      terminated = true;
      ev.onTerminated({ finalCode, remoteBye, byeReasonHeader, transportLost });
    }
  });

  await inviter.invite({
    requestDelegate: {
      onProgress: (r) => {
        const m = r.message;
        ev.onProgress(m.statusCode ?? 180, !!m.body && /application\/sdp/i.test(m.getHeader("content-type") ?? ""));
      },
      onReject: (r) => { finalCode = r.message.statusCode ?? null; },
      onRedirect: (r) => { finalCode = r.message.statusCode ?? null; },
    },
  });
  ev.onInviteSent();

  const hangup = async () => {
    if (inviter.state === SessionState.Established) await inviter.bye().catch(() => undefined);
    else if (inviter.state === SessionState.Establishing || inviter.state === SessionState.Initial) await inviter.cancel().catch(() => undefined);
  };

  return {
    peerConnection: () => sdh?.peerConnection,
    hangup,
    sendDtmf(digit) {
      // RFC 4733 telephone-events in the RTP stream (RTCDTMFSender), not SIP INFO: PBXs and IVRs expect in-band.
      const dtmf = sdh?.peerConnection?.getSenders()[0]?.dtmf;
      if (!dtmf || !dtmf.canInsertDTMF) return false;
      // insertDTMF replaces what is still queued: append, or fast key presses lose digits.
      dtmf.insertDTMF(dtmf.toneBuffer + digit, 120, 70);
      return true;
    },
    async restartIce() {
      if (inviter.state !== SessionState.Established) return;
      await inviter.invite({ sessionDescriptionHandlerOptions: ICE_RESTART }).catch(() => undefined);
    },
    async reconnect() {
      await ua.reconnect();
      // Kamailio puts the connection it received a request on into the Contact's alias: the 200 OK to this
      // re-INVITE makes the PBX's next request (a BYE) come back over the new WebSocket.
      await new Promise<void>((resolve, reject) => {
        if (inviter.state !== SessionState.Established) return reject(new Error("the call is over"));
        inviter
          .invite({
            sessionDescriptionHandlerOptions: ICE_RESTART,
            requestDelegate: { onAccept: () => resolve(), onReject: (r) => reject(new Error(`re-INVITE answered ${r.message.statusCode}`)) },
          })
          .catch(reject);
      });
      transportLost = false;
    },
    async dispose() {
      if (!terminated && inviter.state !== SessionState.Terminated) await hangup();
      inviter.sessionDescriptionHandler?.close();
      await inviter.dispose().catch(() => undefined);
      await stopUa();
    },
  };
}
