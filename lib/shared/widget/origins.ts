import { z } from "zod";

// Allowed origins are stored in one canonical form, `scheme://host[:port]` or `scheme://*.host[:port]`, which is
// both what the matcher reads and a valid CSP source expression for `frame-ancestors`.
export type TOriginPattern = { scheme: "http" | "https"; host: string; port: string; wildcard: boolean };

const PATTERN = /^(?:(https?):\/\/)?(\*\.)?(\[[0-9a-f:.]+\]|[^/:?#@\s[\]*\\;,'"]+)(?::(\d{1,5}))?\/?$/i;
const DEFAULT_PORT = { http: "80", https: "443" } as const;

export function parseOriginPattern(raw: string): TOriginPattern | null {
  const m = PATTERN.exec(raw.trim());
  if (!m) return null;
  const scheme = (m[1]?.toLowerCase() ?? "https") as "http" | "https";
  const wildcard = Boolean(m[2]);
  let url: URL;
  try {
    // WHATWG URL parsing lower-cases, punycodes IDNs and rejects invalid hosts; we keep only its hostname.
    url = new URL(`${scheme}://${m[3]}${m[4] ? `:${m[4]}` : ""}`);
  } catch {
    return null;
  }
  const host = url.hostname;
  if (wildcard) {
    // `*.com` or `*.127.0.0.1` would be far too broad: a wildcard needs a registrable-looking base with a dot.
    if (!host.includes(".") || /^[\d.]+$/.test(host) || host.startsWith("[")) return null;
  }
  // `new URL` drops default ports, so "https://x:443" and "https://x" canonicalise alike.
  return { scheme, host, port: url.port, wildcard };
}

export function formatOriginPattern(p: TOriginPattern) {
  return `${p.scheme}://${p.wildcard ? "*." : ""}${p.host}${p.port ? `:${p.port}` : ""}`;
}

function portOf(url: URL) {
  return url.port || DEFAULT_PORT[url.protocol === "http:" ? "http" : "https"];
}

// Does a browser origin ("https://shop.example.com") match one pattern? Scheme and port must be equal; a wildcard
// matches any subdomain depth but not the bare base, and only on a label boundary, so `example.com.evil.io` and
// `evilexample.com` never match `*.example.com`.
export function originMatches(origin: string, pattern: TOriginPattern): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== `${pattern.scheme}:`) return false;
  // Browsers always send the serialized form; anything else (trailing slash, upper case, ":443") is not an origin.
  if (url.origin !== origin) return false;
  if (portOf(url) !== (pattern.port || DEFAULT_PORT[pattern.scheme])) return false;
  const host = url.hostname;
  if (!pattern.wildcard) return host === pattern.host;
  return host.endsWith(`.${pattern.host}`) && host.length > pattern.host.length + 1;
}

export function isOriginAllowed(origin: string | null | undefined, allowed: readonly string[]): boolean {
  if (!origin || origin === "null") return false;
  return allowed.some((entry) => {
    const p = parseOriginPattern(entry);
    return p !== null && originMatches(origin, p);
  });
}

// The CSP value for pages that may be framed only by the widget's sites. Entries are canonical (see above), so
// they cannot carry ';' or quotes into the header.
export function frameAncestors(allowed: readonly string[]) {
  const sources = allowed.map(parseOriginPattern).filter((p): p is TOriginPattern => p !== null).map(formatOriginPattern);
  return `frame-ancestors ${sources.length ? sources.join(" ") : "'none'"}`;
}

export const ZAllowedOrigins = z
  .array(z.string().trim().max(253))
  .max(50, { message: "At most 50 origins." })
  .transform((entries, ctx) => {
    const out = new Set<string>();
    entries.forEach((entry, i) => {
      if (!entry) return;
      const p = parseOriginPattern(entry);
      if (!p) {
        ctx.addIssue({ code: "custom", path: [i], message: `"${entry}" is not an origin. Use https://shop.example.com, https://*.example.com or http://localhost:3000 (no path).` });
        return;
      }
      out.add(formatOriginPattern(p));
    });
    return [...out];
  });
