import type { TCallTextKey, TCallTexts } from "@/lib/shared/widget/call-i18n/en";
import type { TMicProblem, TMicProblemCause } from "./types";

type TBrowser = "chrome" | "edge" | "firefox" | "safari" | "other";

export function browserFamily(userAgent: string): TBrowser {
  if (/Edg\//.test(userAgent)) return "edge";
  if (/Firefox\//.test(userAgent)) return "firefox";
  if (/Chrom(e|ium)\//.test(userAgent)) return "chrome";
  if (/Safari\//.test(userAgent)) return "safari";
  return "other";
}

// DOMException names differ between browsers and versions; the legacy names still show up on older ones.
export function micCause(err: unknown, secureContext: boolean): TMicProblemCause {
  if (!secureContext) return "insecure";
  const name = err instanceof Error || (typeof err === "object" && err !== null && "name" in err) ? String((err as { name: unknown }).name) : "";
  if (name === "NotAllowedError" || name === "PermissionDeniedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "DevicesNotFoundError" || name === "OverconstrainedError") return "no-device";
  if (name === "NotReadableError" || name === "TrackStartError" || name === "AbortError") return "busy";
  return "unknown";
}

// The per-browser steps to lift a block: each browser hides the site permission in a different place.
const ALLOW_FIX: Record<TBrowser, TCallTextKey> = {
  chrome: "micFixChrome",
  edge: "micFixEdge",
  firefox: "micFixFirefox",
  safari: "micFixSafari",
  other: "micFixOther",
};

const WORDS: Record<Exclude<TMicProblemCause, "denied">, [TCallTextKey, TCallTextKey, TCallTextKey]> = {
  "no-device": ["micNoDeviceTitle", "micNoDeviceMessage", "micNoDeviceFix"],
  busy: ["micBusyTitle", "micBusyMessage", "micBusyFix"],
  insecure: ["micInsecureTitle", "micInsecureMessage", "micInsecureFix"],
  unknown: ["micUnknownTitle", "micUnknownMessage", "micUnknownFix"],
};

// What went wrong with the microphone and how to fix it, in the widget's language (`texts`).
export function micProblem(err: unknown, opts: { secureContext: boolean; userAgent: string; texts: TCallTexts }): TMicProblem {
  const t = opts.texts;
  const cause = micCause(err, opts.secureContext);
  if (cause === "denied") return { cause, title: t.micDeniedTitle, message: t.micDeniedMessage, fix: t[ALLOW_FIX[browserFamily(opts.userAgent)]] };
  const [title, message, fix] = WORDS[cause];
  return { cause, title: t[title], message: t[message], fix: t[fix] };
}
