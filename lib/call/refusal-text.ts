import type { TCallTextKey, TCallTexts } from "@/lib/shared/widget/call-i18n/en";
import type { TTextKey, TTexts } from "@/lib/shared/widget/i18n/en";

// Words for each reason the server can refuse a call (lib/server/calls/call-refusal.ts), in the widget's language.
// Where the widget's own texts have words for a reason they win, so an admin's override of them shows here too.
const WIDGET_WORDS: Partial<Record<string, TTextKey>> = {
  rate_limited: "errorRateLimited",
  busy_lines: "errorBusy",
  not_configured: "notSetUp",
};

const CALL_WORDS: Partial<Record<string, TCallTextKey>> = {
  widget_inactive: "refusedWidgetInactive",
  closed: "refusedClosed",
  origin_not_allowed: "refusedOriginNotAllowed",
  daily_limit: "refusedDailyLimit",
  invalid_form: "refusedInvalidForm",
  not_found: "refusedNotFound",
};

// Unknown codes (a spent or expired call token, a server error, a reason added later) get the generic sentence: the
// server's message is English and written for developers.
export function refusalText(code: string, t: TTexts, ct: TCallTexts): string {
  // hasOwn: a code like "constructor" must not reach Object.prototype.
  const own = Object.hasOwn(WIDGET_WORDS, code) ? WIDGET_WORDS[code] : undefined;
  if (own) return t[own];
  const call = Object.hasOwn(CALL_WORDS, code) ? CALL_WORDS[code] : undefined;
  return call ? ct[call] : ct.endRefused;
}
