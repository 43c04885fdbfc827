import { isOriginAllowed } from "@/lib/shared/widget/origins";

// Who may start a call on a widget. The call page (hosted link or the /embed iframe) is served from our own
// origin, so its fetch carries our Origin; the embedding site's origin comes from the page context. A browser
// only frames /embed on allowed origins (CSP frame-ancestors), so a faked context origin buys nothing there.

export type TOriginDecision = { allowed: true; origin: string } | { allowed: false };

export function normalizeOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    if (u.protocol !== "https:" && u.protocol !== "http:") return null;
    return u.origin;
  } catch {
    return null;
  }
}

export function decideOrigin(i: {
  requestOrigin: string | null;
  contextOrigin: string | undefined;
  ownOrigin: string;
  allowedOrigins: string[];
  hostedLinkEnabled: boolean;
}): TOriginDecision {
  const req = normalizeOrigin(i.requestOrigin);
  // Browsers always send Origin on a cross-origin or POST fetch; no Origin means no browser page made this call.
  if (!req) return { allowed: false };
  if (req !== i.ownOrigin) return isOriginAllowed(req, i.allowedOrigins) ? { allowed: true, origin: req } : { allowed: false };
  const embedding = normalizeOrigin(i.contextOrigin);
  if (i.contextOrigin && !embedding) return { allowed: false };
  if (!embedding || embedding === i.ownOrigin) return i.hostedLinkEnabled ? { allowed: true, origin: req } : { allowed: false };
  return isOriginAllowed(embedding, i.allowedOrigins) ? { allowed: true, origin: embedding } : { allowed: false };
}
