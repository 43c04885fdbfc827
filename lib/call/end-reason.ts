import type { TEndReason } from "./types";

// A final SIP response to our INVITE, read as the visitor would say it. `cancelledByUs` separates "the visitor hung
// up while it rang" (487 after our CANCEL) from a PBX that gave up ringing and answered 487 itself.
export function reasonForSipCode(code: number, cancelledByUs = false): TEndReason {
  if (code === 487) return cancelledByUs ? "cancelled" : "no-answer";
  if (code === 486 || code === 600) return "busy";
  if (code === 408 || code === 480) return "no-answer";
  if (code === 403 || code === 603 || code === 401 || code === 407) return "rejected";
  if (code >= 500) return "network-failure";
  return "rejected";
}

const MESSAGES: Record<TEndReason, string> = {
  "hangup-visitor": "Call ended.",
  "hangup-agent": "The other side hung up.",
  cancelled: "Call cancelled.",
  busy: "The line is busy. Please try again in a few minutes.",
  "no-answer": "Nobody answered. Please try again later.",
  rejected: "The call was declined.",
  refused: "The call could not be started. Please try again later.",
  "network-failure": "The connection was lost. Check your internet connection and try again.",
  "media-failure": "We could not hear the other side, so the call was ended. Your network may block calls; try another network.",
  "max-duration": "The call reached its maximum length and was ended.",
};

export function endMessage(reason: TEndReason): string {
  return MESSAGES[reason];
}

// A BYE from the far end at (or just past) the limit is the SBC enforcing the max duration, not the agent.
export function remoteByeReason(elapsedMs: number, maxCallSeconds: number): TEndReason {
  return elapsedMs >= maxCallSeconds * 1000 - 1000 ? "max-duration" : "hangup-agent";
}
