import { expect, test } from "vitest";
import { INITIAL_STATE, isActive, transition } from "./dialer-machine";
import type { TDialerEvent, TDialerState } from "./types";

const run = (events: TDialerEvent[], from: TDialerState = INITIAL_STATE) => events.reduce(transition, from);
const ready: TDialerEvent[] = [{ type: "open" }, { type: "mic-ready" }];
const problem = { cause: "denied", title: "t", message: "m", fix: "f" } as const;

test("the happy path goes idle → preflight → connecting → ringing → in-call → ended", () => {
  const s = run([...ready, { type: "dial", at: 0 }, { type: "progress", at: 100, earlyMedia: false }, { type: "answered", at: 1000 }, { type: "end", at: 61_400, reason: "hangup-visitor", message: "Call ended." }]);
  expect(s).toEqual({ name: "ended", reason: "hangup-visitor", sipCode: null, message: "Call ended.", durationSec: 60 });
});

test("cannot dial before the microphone is ready, nor while it failed", () => {
  expect(run([{ type: "open" }, { type: "dial", at: 0 }])).toEqual({ name: "preflight", mic: "pending" });
  expect(run([{ type: "open" }, { type: "mic-failed", problem }, { type: "dial", at: 0 }])).toEqual({ name: "preflight", mic: problem });
});

test("a double click on Call keeps the first connecting state", () => {
  const s = run([...ready, { type: "dial", at: 5 }, { type: "dial", at: 9 }]);
  expect(s).toEqual({ name: "connecting", since: 5 });
});

test("183 with SDP during ringing marks early media; another 180 changes nothing", () => {
  const ringing = run([...ready, { type: "dial", at: 0 }, { type: "progress", at: 1, earlyMedia: false }]);
  expect(transition(ringing, { type: "progress", at: 2, earlyMedia: false })).toBe(ringing);
  expect(transition(ringing, { type: "progress", at: 3, earlyMedia: true })).toEqual({ name: "ringing", since: 1, earlyMedia: true });
});

test("an answer without any provisional response goes straight to in-call", () => {
  expect(run([...ready, { type: "dial", at: 0 }, { type: "answered", at: 10 }])).toEqual({ name: "in-call", answeredAt: 10, muted: false });
});

test("the first end reason wins and late events after the end are ignored", () => {
  const ended = run([...ready, { type: "dial", at: 0 }, { type: "end", at: 1, reason: "busy", sipCode: 486, message: "busy" }]);
  expect(ended).toMatchObject({ name: "ended", reason: "busy", sipCode: 486, durationSec: null });
  for (const late of [{ type: "end", at: 2, reason: "network-failure", message: "lost" }, { type: "answered", at: 3 }, { type: "progress", at: 4, earlyMedia: true }, { type: "mute", muted: true }] as TDialerEvent[]) {
    expect(transition(ended, late)).toBe(ended);
  }
});

test("mute only applies in a call", () => {
  const inCall = run([...ready, { type: "dial", at: 0 }, { type: "answered", at: 1 }]);
  expect(transition(inCall, { type: "mute", muted: true })).toMatchObject({ muted: true });
  const connecting = run([...ready, { type: "dial", at: 0 }]);
  expect(transition(connecting, { type: "mute", muted: true })).toBe(connecting);
});

test("an end before any dial is ignored; a new call starts again from preflight after the end", () => {
  expect(run([{ type: "end", at: 0, reason: "busy", message: "busy" }])).toBe(INITIAL_STATE);
  const again = run([...ready, { type: "dial", at: 0 }, { type: "end", at: 1, reason: "no-answer", message: "nobody" }, { type: "open" }]);
  expect(again).toEqual({ name: "preflight", mic: "pending" });
  expect(isActive(again)).toBe(false);
  expect(isActive(run([...ready, { type: "dial", at: 0 }]))).toBe(true);
});

test("the ended state keeps the message the dialer wrote (in the widget's language)", () => {
  const s = run([...ready, { type: "dial", at: 0 }, { type: "end", at: 1, reason: "refused", message: "Closed now." }]);
  expect(s).toMatchObject({ reason: "refused", message: "Closed now." });
});
