import "server-only";
import { AppError, type TErrorCode } from "@/lib/server/errors";

// Each reason a call is refused before any SIP is sent. The page picks its words from `reason`.
const REFUSALS = {
  widget_inactive: ["forbidden", "Calls are switched off for this widget."],
  closed: ["forbidden", "We are closed right now."],
  origin_not_allowed: ["forbidden", "Calls cannot be started from this website."],
  rate_limited: ["rate_limited", "Too many calls from your connection. Please try again later."],
  daily_limit: ["rate_limited", "This widget has taken all the calls it can today. Please try again tomorrow."],
  busy_lines: ["rate_limited", "All lines are busy. Please try again in a few minutes."],
  invalid_form: ["unprocessable", "Some answers in the form are missing or invalid."],
  not_configured: ["unavailable", "Calls are not set up for this widget yet."],
} as const satisfies Record<string, readonly [TErrorCode, string]>;

export type TRefusal = keyof typeof REFUSALS;

export function refuse(reason: TRefusal, details: Record<string, unknown> = {}) {
  const [code, message] = REFUSALS[reason];
  return new AppError(code, message, { reason, ...details });
}
