// The SBC's SIP-over-WebSocket URL (RFC 7118). Browsers on an https:// page may only open wss://; plain ws:// is
// accepted for loopback and reserved development names so the lab and a laptop work, and the form warns about it.
export type TSbcUrlResult = { ok: true; url: URL; insecure: boolean } | { ok: false; message: string };

const DEV_SUFFIXES = [".localhost", ".test"];

// Loopback and names that can never be on the public internet (RFC 6761).
export function isDevHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "::1") return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  return DEV_SUFFIXES.some((s) => h.endsWith(s));
}

export function parseSbcUrl(raw: string): TSbcUrlResult {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: "Enter a full URL, e.g. wss://sbc.example.com:8443/ws" };
  }
  if (url.protocol !== "wss:" && url.protocol !== "ws:") return { ok: false, message: "The SBC URL must start with wss://" };
  if (!url.hostname) return { ok: false, message: "The URL needs a host name" };
  if (url.username || url.password) return { ok: false, message: "Credentials do not belong in the URL" };
  if (url.hash || url.search) return { ok: false, message: "Remove the ?query or #fragment: the SBC URL is host, port and path" };
  if (url.protocol === "ws:" && !isDevHost(url.hostname)) {
    return { ok: false, message: "Use wss://: browsers refuse unencrypted ws:// from an https page (ws:// is only for localhost or .test hosts)" };
  }
  return { ok: true, url, insecure: url.protocol === "ws:" };
}
