import "server-only";
import { randomBytes } from "node:crypto";

// A minimal, well-formed SIP OPTIONS for SIP over WebSocket (RFC 3261 §11, RFC 7118 §5): the Via host is a random
// ".invalid" name because a WebSocket client has no reachable address; ;rport asks the server to answer on this
// connection; the branch starts with the RFC 3261 magic cookie z9hG4bK.
export type TOptionsRequest = { text: string; callId: string; branch: string };

const token = (bytes = 8) => randomBytes(bytes).toString("hex");

export function buildOptions(o: { sipDomain: string; secure: boolean }): TOptionsRequest {
  const branch = `z9hG4bK${token()}`;
  const callId = `${token(12)}@ringlink.invalid`;
  const lines = [
    `OPTIONS sip:${o.sipDomain} SIP/2.0`,
    `Via: SIP/2.0/${o.secure ? "WSS" : "WS"} ${token(4)}.invalid;branch=${branch};rport`,
    "Max-Forwards: 70",
    `To: <sip:${o.sipDomain}>`,
    `From: <sip:ringlink-check@${o.sipDomain}>;tag=${token(6)}`,
    `Call-ID: ${callId}`,
    "CSeq: 1 OPTIONS",
    "Accept: application/sdp",
    "User-Agent: Ringlink connection check",
    "Content-Length: 0",
  ];
  return { text: `${lines.join("\r\n")}\r\n\r\n`, callId, branch };
}

export type TSipResponse = { code: number; reason: string; headers: Map<string, string> };

// Compact header forms (RFC 3261 §7.3.3) a server may use in its answer.
const COMPACT: Record<string, string> = { i: "call-id", v: "via", f: "from", t: "to", l: "content-length" };

export function parseSipResponse(raw: string): TSipResponse | null {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const [status, ...lines] = head.split(/\r?\n/);
  const m = /^SIP\/2\.0 ([1-6]\d\d) ?(.*)$/.exec(status ?? "");
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf(":");
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    headers.set(COMPACT[name] ?? name, line.slice(i + 1).trim());
  }
  return { code: Number(m[1]), reason: m[2] ?? "", headers };
}

// What the server calls itself, cut to a length fit for a badge and stripped of control characters.
export function serverName(res: TSipResponse): string | null {
  const v = res.headers.get("server") ?? res.headers.get("user-agent");
  return v ? v.replace(/[\x00-\x1f\x7f]/g, "").slice(0, 120) : null;
}
