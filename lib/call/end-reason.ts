import type { TCallTextKey, TCallTexts } from "@/lib/shared/widget/call-i18n/en";
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

const MESSAGES: Record<TEndReason, TCallTextKey> = {
  "hangup-visitor": "endHangupVisitor",
  "hangup-agent": "endHangupAgent",
  cancelled: "endCancelled",
  busy: "endBusy",
  "no-answer": "endNoAnswer",
  rejected: "endRejected",
  refused: "endRefused",
  "network-failure": "endNetworkFailure",
  "media-failure": "endMediaFailure",
  "max-duration": "endMaxDuration",
};

// The sentence the visitor reads for a reason, in the widget's language. A network failure before the answer is
// a call that never got through (the SBC unreachable, or the visitor offline): "the connection was lost" would
// send them looking for a connection that never existed.
export function endMessage(reason: TEndReason, texts: TCallTexts, answered = true): string {
  if (reason === "network-failure" && !answered) return texts.endConnectFailed;
  return texts[MESSAGES[reason]];
}

// A BYE from the far end at (or just past) the limit is the SBC enforcing the max duration, not the agent.
export function remoteByeReason(elapsedMs: number, maxCallSeconds: number): TEndReason {
  return elapsedMs >= maxCallSeconds * 1000 - 1000 ? "max-duration" : "hangup-agent";
}
