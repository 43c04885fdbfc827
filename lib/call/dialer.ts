import type { TCallTicket } from "@/lib/shared/call-schemas";
import { CallRefusedError, createEventReporter } from "./call-events-client";
import { startMonitor } from "./call-monitor";
import { transition } from "./dialer-machine";
import { INITIAL_VIEW, type TDialerOptions, type TDialerView, type TTimings } from "./dialer-view";
import { endMessage, reasonForSipCode, remoteByeReason } from "./end-reason";
import { createInCallRecovery } from "./in-call-recovery";
import { openMic, type TMic } from "./mic-preflight";
import { createRingbackControl, ringbackStyleFor } from "./ringback";
import { setCurrentPeerConnection } from "./resources";
import type { TSipCall, TSipCallEvents, TSipCallOptions } from "./sip-call";
import { canChooseSpeaker, listSpeakers, routeAudioTo } from "./speaker-choice";
import type { TDialerEvent, TDialerState, TEndReason } from "./types";


const loadSip = () => import("./sip-call");

// One visitor's calls, one at a time. The UI renders `view()`; every browser resource opened here is released in
// finish(), whichever way the call ends.
export class Dialer {
  private v: TDialerView = INITIAL_VIEW;
  private listeners = new Set<() => void>();
  private mic: TMic | null = null;
  private sip: TSipCall | null = null;
  private cleanups: (() => void)[] = [];
  private ticket: TCallTicket | null = null;
  private reporter: ReturnType<typeof createEventReporter> | null = null;
  private ringback = this.newRingback();
  private recovery = this.newRecovery();

  constructor(private readonly o: TDialerOptions) {}

  view = () => this.v;
  private stateName = (): TDialerState["name"] => this.v.state.name;
  subscribe = (fn: () => void) => (this.listeners.add(fn), () => void this.listeners.delete(fn));
  micLevel = () => this.mic?.level() ?? 0;

  private set(patch: Partial<TDialerView>) {
    this.v = { ...this.v, ...patch };
    this.o.onChange?.(this.v);
    for (const fn of this.listeners) fn();
  }
  private dispatch(e: TDialerEvent) {
    const next = transition(this.v.state, e);
    if (next !== this.v.state) this.set({ state: next });
  }

  // Panel opened (or "Try again"): open the mic now so "Call" does not wait for it, and warm the sip.js chunk.
  async open() {
    this.dispatch({ type: "open" });
    void loadSip();
    this.mic?.release();
    const res = await openMic(this.o.texts);
    if (!res.ok) return this.dispatch({ type: "mic-failed", problem: res.problem });
    this.mic = res.mic;
    this.dispatch({ type: "mic-ready" });
  }

  async call() {
    if (this.v.state.name !== "preflight" || this.v.state.mic !== "ready" || !this.mic) return;
    const pressedAt = performance.now();
    this.ringback = this.newRingback();
    this.recovery = this.newRecovery();
    this.set({ timings: { pressedAt }, quality: null, inboundBytes: 0, audioLevel: null, reconnecting: false });
    this.dispatch({ type: "dial", at: Date.now() });
    // Nothing back from the SBC for 15 s (a WebSocket that never opens, a lost INVITE): say so instead of spinning.
    const setupTimer = setTimeout(() => {
      if (this.stateName() === "connecting") void this.finish("network-failure");
    }, 15_000);
    this.cleanups.push(() => clearTimeout(setupTimer));
    void this.mic.audioContext.resume(); // inside the click: autoplay policies allow it now
    try {
      const [ticket, sipModule] = await Promise.all([this.o.getTicket(), loadSip()]);
      this.ticket = ticket;
      this.reporter = createEventReporter(ticket);
      await this.reporter.connecting();
      if (this.stateName() !== "connecting") return this.finish(); // hung up while we were minting
      const sip = await sipModule.startSipCall(this.sipOptions(ticket), this.sipEvents());
      if (this.stateName() === "ended") return void (await sip.dispose()); // hung up while the INVITE went out
      this.sip = sip;
      setCurrentPeerConnection(() => this.sip?.peerConnection());
    } catch (err) {
      if (err instanceof CallRefusedError) return this.finish("refused", null, this.o.refusalMessage?.(err.code) ?? this.o.texts.endRefused);
      console.warn("call failed to start", err);
      return this.finish("network-failure");
    }
  }

  private sipOptions(ticket: TCallTicket): TSipCallOptions {
    return { ticket, micStream: this.o.stock ? null : (this.mic?.stream ?? null), iceTransportPolicy: this.o.iceTransportPolicy ?? ticket.iceTransportPolicy, stock: this.o.stock };
  }

  private mark(k: keyof TTimings) {
    if (this.v.timings && this.v.timings[k] === undefined) this.set({ timings: { ...this.v.timings, [k]: performance.now() } });
  }

  private newRingback() {
    return createRingbackControl(() => this.mic?.audioContext ?? null, ringbackStyleFor(navigator.language));
  }

  private newRecovery() {
    return createInCallRecovery({
      sip: () => this.sip,
      state: () => this.stateName(),
      reconnecting: () => this.v.reconnecting,
      setReconnecting: (reconnecting) => this.set({ reconnecting }),
      fail: () => void this.finish("network-failure"),
      onCleanup: (stop) => this.cleanups.push(stop),
    });
  }

  private sipEvents(): TSipCallEvents {
    return {
      onInviteSent: () => this.mark("inviteSentAt"),
      onProgress: (code, hasSdp) => {
        if (code < 180) return;
        this.mark("ringingAt");
        if (this.v.state.name === "connecting") this.reporter?.report({ type: "ringing" });
        this.dispatch({ type: "progress", at: Date.now(), earlyMedia: hasSdp });
        this.ringback.progress(hasSdp);
      },
      onTrack: (track) => {
        // sip.js does not play remote audio; without a sink Chromium does not even decode it (audioLevel stays 0).
        this.o.audio.srcObject = new MediaStream([track]);
        void this.o.audio.play().catch(() => undefined);
      },
      onAnswered: () => this.answered(),
      onIceState: (s) => void this.recovery.iceState(s),
      onTransportLost: () => this.recovery.transportLost(),
      onTerminated: (t) => {
        const s = this.v.state;
        const elapsed = s.name === "in-call" ? Date.now() - s.answeredAt : 0;
        let reason: TEndReason = "network-failure";
        if (t.finalCode !== null && t.finalCode >= 300) reason = reasonForSipCode(t.finalCode);
        else if (t.remoteBye) reason = remoteByeReason(elapsed, this.ticket?.maxCallSeconds ?? Infinity);
        void this.finish(reason, t.finalCode);
      },
    };
  }

  private answered() {
    this.ringback.stop();
    const answeredAt = Date.now();
    this.mark("answeredAt");
    this.dispatch({ type: "answered", at: answeredAt });
    this.reporter?.report({ type: "answered" });
    const maxMs = (this.ticket?.maxCallSeconds ?? 1800) * 1000;
    // The SBC cuts the call at the max duration; this timer is the backstop if its BYE never reaches us.
    const maxTimer = setTimeout(() => void this.finish("max-duration"), maxMs + 2000);
    this.cleanups.push(() => clearTimeout(maxTimer));
    this.cleanups.push(
      startMonitor({
        peerConnection: () => this.sip?.peerConnection(),
        answeredAt,
        watchdogMs: this.o.watchdogMs ?? 4000,
        hadEarlyMedia: this.ringback.hadEarlyMedia(),
        onQuality: (quality, snap) => this.set({ quality, inboundBytes: snap.bytesReceived, audioLevel: snap.audioLevel }),
        onMediaDead: () => void this.finish("media-failure"),
        // A path that stays down after our ICE restarts: tell the visitor instead of leaving them in silence.
        onTransportDown: () => void this.recovery.restartIce(),
        onNetworkLost: () => void this.finish("network-failure"),
        networkLossMs: this.o.networkLossMs,
      }),
    );
  }

  hangup() {
    const s = this.v.state.name;
    if (s === "in-call") return this.finish("hangup-visitor");
    if (s === "connecting" || s === "ringing") return this.finish("cancelled");
  }

  setMuted(muted: boolean) {
    if (this.v.state.name !== "in-call" || !this.mic) return;
    // track.enabled=false sends silence frames: the call and its NAT bindings stay alive.
    for (const t of this.mic.stream.getAudioTracks()) t.enabled = !muted;
    this.dispatch({ type: "mute", muted });
  }

  sendDigit(digit: string) {
    return /^[0-9*#A-D]$/.test(digit) && this.v.state.name === "in-call" ? (this.sip?.sendDtmf(digit) ?? false) : false;
  }

  canChooseSpeaker = canChooseSpeaker;
  speakers = () => listSpeakers(this.o.texts.speaker);
  setSpeaker = (deviceId: string) => routeAudioTo(this.o.audio, deviceId);

  private async finish(reason?: TEndReason, sipCode: number | null = null, message?: string) {
    const before = this.v.state;
    if (reason) this.dispatch({ type: "end", at: Date.now(), reason, sipCode, message: message ?? endMessage(reason, this.o.texts, before.name === "in-call") });
    const after = this.v.state;
    if (after.name === "ended" && before !== after) {
      this.reporter?.report({ type: "ended", reason: after.reason, sipCode: after.sipCode, durationSec: after.durationSec, quality: this.v.quality });
    }
    this.ringback.stop();
    if (this.v.reconnecting) this.set({ reconnecting: false });
    for (const c of this.cleanups.splice(0)) c();
    const sip = this.sip;
    this.sip = null;
    await sip?.dispose();
    this.o.audio.srcObject = null;
    this.mic?.release();
    this.mic = null;
  }

  // The panel closes or the page goes away: end whatever is going on and let go of everything.
  async close() {
    if (this.v.state.name === "in-call") await this.finish("hangup-visitor");
    else if (this.v.state.name === "connecting" || this.v.state.name === "ringing") await this.finish("cancelled");
    else await this.finish();
    this.dispatch({ type: "reset" });
  }
}
