// Shapes shared by the dialer's pure logic, its sip.js wrapper and the UI that renders it.

export type TEndReason =
  | "hangup-visitor" // answered, the visitor hung up
  | "hangup-agent" // answered, the agent hung up
  | "cancelled" // the visitor hung up before the answer
  | "busy"
  | "no-answer"
  | "rejected"
  | "refused" // our own server refused the call (token, limits) before any SIP was sent
  | "network-failure"
  | "media-failure"
  | "max-duration";

export type TMicProblemCause = "denied" | "no-device" | "busy" | "insecure" | "unknown";

export type TMicProblem = { cause: TMicProblemCause; title: string; message: string; fix: string };

export type TQuality = {
  rttMs: number | null;
  jitterMs: number | null;
  lossPct: number | null;
  mos: number | null;
  grade: "good" | "fair" | "poor" | "unknown";
};

export type TDialerState =
  | { name: "idle" }
  | { name: "preflight"; mic: "pending" | "ready" | TMicProblem }
  | { name: "connecting"; since: number }
  | { name: "ringing"; since: number; earlyMedia: boolean }
  | { name: "in-call"; answeredAt: number; muted: boolean }
  | { name: "ended"; reason: TEndReason; sipCode: number | null; message: string; durationSec: number | null };

export type TDialerEvent =
  | { type: "open" }
  | { type: "mic-ready" }
  | { type: "mic-failed"; problem: TMicProblem }
  | { type: "dial"; at: number }
  | { type: "progress"; at: number; earlyMedia: boolean }
  | { type: "answered"; at: number }
  | { type: "mute"; muted: boolean }
  | { type: "end"; at: number; reason: TEndReason; sipCode?: number | null; message: string } // message: in the widget's language
  | { type: "reset" };
