import type { TSipHeader } from "@/lib/shared/call-schemas";

const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

export function parseUtm(pageUrl: string | undefined): Record<string, string> {
  if (!pageUrl) return {};
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const k of UTM_KEYS) {
    const v = url.searchParams.get(k);
    if (v) out[k] = v.slice(0, 200);
  }
  return out;
}

// Visitor-supplied text going into a SIP header: CR/LF would let it inject headers (or a body) into our INVITE,
// other control characters confuse PBX parsers, and a header has to stay small enough for one UDP datagram.
export function sanitizeHeaderValue(value: string, maxLength = 256): string {
  return value
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength);
}

const pairs = (o: Record<string, string | boolean>) =>
  Object.entries(o)
    .map(([k, v]) => `${k.replace(/[^A-Za-z0-9_-]/g, "")}=${encodeURIComponent(String(v))}`)
    .join(";");

export type TContextHeadersInput = {
  callId: string;
  pageUrl?: string;
  referrer?: string;
  utm: Record<string, string>;
  formAnswers: Record<string, string | boolean>;
  // Trunk setting: an empty list means every Ringlink header; otherwise only the named ones.
  allowed: string[];
};

export function contextHeaders(i: TContextHeadersInput): TSipHeader[] {
  const all: TSipHeader[] = [{ name: "X-Ringlink-Call-Id", value: i.callId }];
  if (i.pageUrl) all.push({ name: "X-Ringlink-Page-Url", value: i.pageUrl });
  if (i.referrer) all.push({ name: "X-Ringlink-Referrer", value: i.referrer });
  if (Object.keys(i.utm).length) all.push({ name: "X-Ringlink-Utm", value: pairs(i.utm) });
  if (Object.keys(i.formAnswers).length) all.push({ name: "X-Ringlink-Form", value: pairs(i.formAnswers) });
  const allowed = i.allowed.map((h) => h.toLowerCase());
  return all
    .filter((h) => allowed.length === 0 || allowed.includes(h.name.toLowerCase()))
    .map((h) => ({ name: h.name, value: sanitizeHeaderValue(h.value) }))
    .filter((h) => h.value.length > 0);
}
