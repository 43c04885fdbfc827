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

const ALLOW_FIX: Record<TBrowser, string> = {
  chrome: "Click the microphone or lock icon at the left of the address bar, set Microphone to Allow, then reload the page.",
  edge: "Click the lock icon at the left of the address bar, choose Permissions for this site, set Microphone to Allow, then reload.",
  firefox: "Click the crossed-out microphone icon in the address bar, remove the block, then reload and choose Allow.",
  safari: "Open Safari > Settings for This Website (or Settings > Websites > Microphone), choose Allow, then reload.",
  other: "Open your browser's site settings for this page, allow the microphone, then reload the page.",
};

export function micProblem(err: unknown, opts: { secureContext: boolean; userAgent: string }): TMicProblem {
  const cause = micCause(err, opts.secureContext);
  const browser = browserFamily(opts.userAgent);
  switch (cause) {
    case "denied":
      return { cause, title: "Microphone blocked", message: "Your browser is not letting this page use your microphone, so the other side could not hear you.", fix: ALLOW_FIX[browser] };
    case "no-device":
      return { cause, title: "No microphone found", message: "We could not find a microphone on this device.", fix: "Plug in a headset or microphone (or enable it in your system's sound settings), then press Try again." };
    case "busy":
      return { cause, title: "Microphone in use", message: "Another app or tab is using your microphone, or the system blocked it.", fix: "Close other calls or apps that use the microphone (Zoom, Teams, another tab), then press Try again. On macOS, check System Settings > Privacy & Security > Microphone." };
    case "insecure":
      return { cause, title: "This page is not secure", message: "Browsers only allow the microphone on secure (https://) pages.", fix: "Open this page with an https:// address. If you run this site, serve it over HTTPS." };
    default:
      return { cause, title: "Microphone unavailable", message: "Your microphone could not be started.", fix: "Check that a microphone is connected and allowed for this site, then press Try again." };
  }
}
