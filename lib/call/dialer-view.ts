import type { TCallTicket } from "@/lib/shared/call-schemas";
import type { TCallTexts } from "@/lib/shared/widget/call-i18n/en";
import { INITIAL_STATE } from "./dialer-machine";
import type { TDialerState, TQuality } from "./types";

// What the call panel renders and how a page sets a dialer up: kept apart from the Dialer class so the UI can
// import the shapes without pulling in the dialer (which arrives after hydration).

export type TTimings = { pressedAt: number; inviteSentAt?: number; ringingAt?: number; answeredAt?: number };

export type TDialerView = {
  state: TDialerState;
  quality: TQuality | null;
  inboundBytes: number;
  audioLevel: number | null;
  timings: TTimings | null;
  // In call, the SBC's WebSocket dropped and we are getting it back (audio may still flow meanwhile).
  reconnecting: boolean;
};

export const INITIAL_VIEW: TDialerView = { state: INITIAL_STATE, quality: null, inboundBytes: 0, audioLevel: null, timings: null, reconnecting: false };

export type TDialerOptions = {
  getTicket: () => Promise<TCallTicket>; // throws CallRefusedError with the server's reason code
  // Everything the dialer tells the visitor is in the widget's language; a refusal's words are the page's choice.
  texts: TCallTexts;
  refusalMessage?: (code: string) => string;
  audio: HTMLAudioElement;
  watchdogMs?: number;
  networkLossMs?: number;
  iceTransportPolicy?: RTCIceTransportPolicy;
  stock?: boolean;
  onChange?: (view: TDialerView) => void;
};
