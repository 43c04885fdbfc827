// Decides whether audio ever arrived after the answer. A wrong TURN credential gives a SIP call that is
// "Established" while not a single RTP packet flows and the peer connection never reports failure; without this
// the visitor would sit in silence forever.

export type TWatchdogInput = {
  answeredAt: number;
  now: number;
  timeoutMs: number;
  baselineBytes: number; // inbound audio bytes at the answer (early media may already have counted some)
  bytesReceived: number;
};

export type TWatchdogVerdict = "waiting" | "flowing" | "dead";

export function watchdogVerdict(i: TWatchdogInput): TWatchdogVerdict {
  if (i.bytesReceived > i.baselineBytes) return "flowing";
  return i.now - i.answeredAt >= i.timeoutMs ? "dead" : "waiting";
}
