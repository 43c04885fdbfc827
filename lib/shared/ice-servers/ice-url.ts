// STUN/TURN URIs exactly as RFC 7064 and RFC 7065 define them (browsers reject anything else, often silently):
//   stunURI = ("stun" / "stuns") ":" host [ ":" port ]
//   turnURI = ("turn" / "turns") ":" host [ ":" port ] [ "?transport=" transport ]
// There is no "//", no user info, no path. We accept transport udp|tcp only: the two every browser speaks.
export type TIceScheme = "stun" | "stuns" | "turn" | "turns";
export type TIceTransport = "udp" | "tcp";

export type TIceUrl = {
  scheme: TIceScheme;
  host: string; // as written; IPv6 keeps its brackets
  port: number;
  explicitPort: boolean;
  transport: TIceTransport | null;
};

export type TIceUrlResult = { ok: true; url: TIceUrl } | { ok: false; message: string };

export const DEFAULT_ICE_PORT: Record<TIceScheme, number> = { stun: 3478, turn: 3478, stuns: 5349, turns: 5349 };

// RFC 3986 reg-name restricted to DNS labels, which is what a STUN/TURN host can resolve through.
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_CHARS = /^[0-9A-Fa-f:.]+$/;

function validHost(host: string): boolean {
  if (host.startsWith("[")) {
    const inner = host.slice(1, -1);
    return host.endsWith("]") && inner.includes(":") && IPV6_CHARS.test(inner) && validIpv6(inner);
  }
  if (IPV4.test(host)) return true;
  // All-numeric names like "2130706433" or "1.2.3" are IPv4 in disguise: not a reg-name a person means.
  if (/^[0-9.]+$/.test(host)) return false;
  const labels = host.replace(/\.$/, "").split(".");
  return host.length <= 253 && labels.every((l) => LABEL.test(l));
}

function validIpv6(inner: string): boolean {
  try {
    return new URL(`http://[${inner}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

export function parseIceUrl(raw: string): TIceUrlResult {
  const value = raw.trim();
  const m = /^([A-Za-z]+):(.*)$/.exec(value);
  if (!m) return { ok: false, message: "Start with stun:, stuns:, turn: or turns:" };
  const scheme = m[1]!.toLowerCase();
  if (scheme !== "stun" && scheme !== "stuns" && scheme !== "turn" && scheme !== "turns") {
    return { ok: false, message: `"${m[1]}:" is not a STUN/TURN scheme: use stun:, stuns:, turn: or turns:` };
  }
  let rest = m[2]!;
  if (rest.startsWith("//")) return { ok: false, message: `Write ${scheme}:host, without "//" (RFC 7064/7065)` };
  let transport: TIceTransport | null = null;
  const q = rest.indexOf("?");
  if (q >= 0) {
    const query = rest.slice(q + 1);
    rest = rest.slice(0, q);
    if (scheme === "stun" || scheme === "stuns") return { ok: false, message: "STUN URLs take no ?transport= (RFC 7064)" };
    const t = /^transport=(udp|tcp)$/i.exec(query);
    if (!t) return { ok: false, message: "The only query allowed is ?transport=udp or ?transport=tcp" };
    transport = t[1]!.toLowerCase() as TIceTransport;
    if (scheme === "turns" && transport === "udp") {
      return { ok: false, message: "turns: runs over TLS on TCP; browsers do not support ?transport=udp there" };
    }
  }
  if (rest.includes("@")) return { ok: false, message: "Put credentials in the username/secret fields, not in the URL" };
  if (/[/#\s]/.test(rest)) return { ok: false, message: "A STUN/TURN URL has no path, fragment or spaces" };
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(rest);
  if (!hp || !hp[1]) return { ok: false, message: "Expected host or host:port after the scheme" };
  const host = hp[1];
  if (!validHost(host)) return { ok: false, message: `"${host}" is not a valid host name or IP address` };
  const port = hp[2] ? Number(hp[2]) : DEFAULT_ICE_PORT[scheme];
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, message: "Port must be between 1 and 65535" };
  return { ok: true, url: { scheme, host: host.toLowerCase(), port, explicitPort: Boolean(hp[2]), transport } };
}

// TURN without an explicit transport means UDP first (RFC 7065 §3); turns: is TLS over TCP.
export function effectiveTransport(url: TIceUrl): TIceTransport {
  if (url.transport) return url.transport;
  return url.scheme === "turns" || url.scheme === "stuns" ? "tcp" : "udp";
}

export function describeIceUrl(url: TIceUrl): string {
  if (url.scheme === "stun" || url.scheme === "stuns") return url.scheme === "stuns" ? "STUN over TLS" : "STUN";
  if (url.scheme === "turns") return "TURN over TLS";
  return effectiveTransport(url) === "tcp" ? "TURN over TCP" : "TURN over UDP";
}
