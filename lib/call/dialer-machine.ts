import type { TDialerEvent, TDialerState } from "./types";

export const INITIAL_STATE: TDialerState = { name: "idle" };

// The only place states change. Anything not listed is ignored (returns the same object), so late callbacks from
// sip.js after a call ended, or a double click on "Call", cannot move the UI somewhere it should not be.
export function transition(state: TDialerState, event: TDialerEvent): TDialerState {
  switch (event.type) {
    case "open":
      return state.name === "idle" || state.name === "ended" ? { name: "preflight", mic: "pending" } : state;
    case "mic-ready":
      return state.name === "preflight" ? { name: "preflight", mic: "ready" } : state;
    case "mic-failed":
      return state.name === "preflight" ? { name: "preflight", mic: event.problem } : state;
    case "dial":
      return state.name === "preflight" && state.mic === "ready" ? { name: "connecting", since: event.at } : state;
    case "progress":
      if (state.name === "connecting") return { name: "ringing", since: event.at, earlyMedia: event.earlyMedia };
      if (state.name === "ringing" && event.earlyMedia && !state.earlyMedia) return { ...state, earlyMedia: true };
      return state;
    case "answered":
      return state.name === "connecting" || state.name === "ringing" ? { name: "in-call", answeredAt: event.at, muted: false } : state;
    case "mute":
      return state.name === "in-call" && state.muted !== event.muted ? { ...state, muted: event.muted } : state;
    case "end":
      return endState(state, event);
    case "reset":
      return state.name === "ended" || state.name === "preflight" ? INITIAL_STATE : state;
  }
}

function endState(state: TDialerState, event: Extract<TDialerEvent, { type: "end" }>): TDialerState {
  // The first reason wins: a BYE that races our own hang-up must not relabel the call.
  if (state.name === "idle" || state.name === "ended" || state.name === "preflight") return state;
  const durationSec = state.name === "in-call" ? Math.max(0, Math.round((event.at - state.answeredAt) / 1000)) : null;
  return {
    name: "ended",
    reason: event.reason,
    sipCode: event.sipCode ?? null,
    message: event.message,
    durationSec,
  };
}

export const isActive = (s: TDialerState) => s.name === "connecting" || s.name === "ringing" || s.name === "in-call";
