// Tiny protocol clients used to decide a lab service is ready (and by tests that poke the SBC directly).
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import WebSocket from "ws";

export function udpExchange(port: number, payload: Buffer, timeoutMs = 250, host = "127.0.0.1"): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const sock = dgram.createSocket("udp4");
    const done = (v: Buffer | null) => {
      clearTimeout(timer);
      sock.close();
      resolve(v);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    sock.on("message", (msg) => done(msg));
    sock.on("error", () => done(null));
    sock.bind(0, host, () => sock.send(payload, port, host));
  });
}

export function sipOptions(o: { target: string; via: string; transport: "UDP" | "WS"; method?: string }): string {
  const method = o.method ?? "OPTIONS";
  const branch = `z9hG4bK${randomBytes(6).toString("hex")}`;
  return [
    `${method} ${o.target} SIP/2.0`,
    `Via: SIP/2.0/${o.transport} ${o.via};branch=${branch};rport`,
    "Max-Forwards: 70",
    `From: <sip:probe@lab.invalid>;tag=${randomBytes(4).toString("hex")}`,
    `To: <${o.target}>`,
    `Call-ID: ${randomBytes(8).toString("hex")}`,
    `CSeq: 1 ${method}`,
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

// The status line of the answer to a SIP OPTIONS over UDP, or null.
export async function sipOptionsUdp(port: number): Promise<string | null> {
  const msg = sipOptions({ target: `sip:127.0.0.1:${port}`, via: "127.0.0.1:9", transport: "UDP" });
  const res = await udpExchange(port, Buffer.from(msg));
  return res ? res.toString().split("\r\n")[0]! : null;
}

// Full answer to an OPTIONS over a WebSocket with subprotocol "sip" (what the app's "check connection" sends).
export const sipOptionsWs = (url: string, timeoutMs = 2000, origin?: string) =>
  sipOverWs(url, sipOptions({ target: "sip:lab.invalid", via: "probe.invalid", transport: "WS" }), timeoutMs, origin);

// Sends one SIP request over a WebSocket and returns the first answer (a 100 Trying would be returned as is).
export function sipOverWs(url: string, message: string, timeoutMs = 2000, origin?: string): Promise<string | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, "sip", { rejectUnauthorized: false, origin });
    const done = (v: string | null) => {
      clearTimeout(timer);
      ws.terminate();
      resolve(v);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    ws.on("open", () => ws.send(message));
    ws.on("message", (data) => done(data.toString()));
    ws.on("error", () => done(null));
  });
}

// STUN Binding (RFC 5389): coturn answers it without credentials once it is listening.
export async function stunBinding(port: number): Promise<boolean> {
  const req = Buffer.alloc(20);
  req.writeUInt16BE(0x0001, 0);
  req.writeUInt32BE(0x2112a442, 4);
  randomBytes(12).copy(req, 8);
  const res = await udpExchange(port, req);
  return !!res && res.readUInt16BE(0) === 0x0101;
}

// rtpengine's ng control protocol: "<cookie> <bencoded dict>".
export async function rtpenginePing(port: number): Promise<boolean> {
  const res = await udpExchange(port, Buffer.from(`${randomBytes(4).toString("hex")} d7:command4:pinge`));
  return !!res && res.toString().includes("pong");
}

// rtpengine's view of one call: "ok" while it holds media for it, "error" once the call is gone.
export async function rtpengineQuery(port: number, callId: string): Promise<string | null> {
  const res = await udpExchange(port, Buffer.from(`${randomBytes(4).toString("hex")} d7:call-id${Buffer.byteLength(callId)}:${callId}7:command5:querye`), 1000);
  const m = res ? /6:result(\d+):/.exec(res.toString()) : null;
  return m ? res!.toString().substr(m.index + m[0].length, Number(m[1])) : null;
}

const bencode = (v: string | number | string[] | Record<string, string | number>): string => {
  if (typeof v === "number") return `i${v}e`;
  if (typeof v === "string") return `${Buffer.byteLength(v)}:${v}`;
  if (Array.isArray(v)) return `l${v.map(bencode).join("")}e`;
  return `d${Object.keys(v).sort().map((k) => bencode(k) + bencode(v[k]!)).join("")}e`;
};

// One ng command; the raw bencoded answer (without the cookie), or null on timeout.
export async function rtpengineCommand(port: number, dict: Record<string, string | number>): Promise<string | null> {
  const cookie = randomBytes(4).toString("hex");
  const res = await udpExchange(port, Buffer.from(`${cookie} ${bencode(dict)}`), 1000);
  return res ? res.toString().slice(cookie.length + 1) : null;
}
