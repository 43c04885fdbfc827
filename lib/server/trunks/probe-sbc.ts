import "server-only";
import net from "node:net";
import { performance } from "node:perf_hooks";
import tls from "node:tls";
import WebSocket from "ws";
import { resolveTarget, TargetError, type TLookup } from "@/lib/server/net/resolve-target";
import { buildOptions, parseSipResponse, serverName } from "./sip-options";

export type TProbeFailure = "dns" | "blocked" | "tls" | "refused" | "timeout" | "not_sip" | "unreachable" | "closed";

export type TProbeResult = {
  ok: boolean;
  code: number | null;
  reason: string | null;
  rttMs: number | null;
  server: string | null;
  failure: TProbeFailure | null;
  message: string;
};

export type TProbeOptions = { sipDomain: string; allowPrivate: boolean; timeoutMs?: number; lookup?: TLookup };

const fail = (failure: TProbeFailure, message: string): TProbeResult => ({ ok: false, code: null, reason: null, rttMs: null, server: null, failure, message });

function classifyError(err: Error & { code?: string }, host: string): TProbeResult {
  const code = err.code ?? "";
  if (code === "ECONNREFUSED") return fail("refused", `Connection refused by ${host}: nothing listens on that port`);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return fail("dns", `DNS lookup for ${host} failed`);
  if (/CERT|^ERR_TLS|^ERR_SSL|^EPROTO$|UNABLE_TO|SELF_SIGNED/.test(code)) {
    return fail("tls", `TLS handshake failed (${code}): the certificate must be valid for ${host} and trusted`);
  }
  if (/subprotocol|Invalid WebSocket frame|Unexpected server response|Invalid Sec-WebSocket/i.test(err.message)) {
    return fail("not_sip", `Not a SIP WebSocket server: ${err.message}`);
  }
  if (code === "ECONNRESET") return fail("unreachable", `${host} reset the connection`);
  return fail("unreachable", `Could not reach ${host} (${code || err.message})`);
}

const printable = (s: string) => s.replace(/[^\x20-\x7e]/g, "·").slice(0, 60);

// One OPTIONS over a fresh WebSocket (subprotocol "sip"), everything inside one deadline. Connects to the address
// resolveTarget judged, never to a second DNS answer.
export async function probeSbc(rawUrl: string, o: TProbeOptions): Promise<TProbeResult> {
  const timeoutMs = o.timeoutMs ?? 5000;
  const deadline = Date.now() + timeoutMs;
  const url = new URL(rawUrl);
  let resolved;
  try {
    resolved = await Promise.race([
      resolveTarget(url.hostname, { allowPrivate: o.allowPrivate, lookup: o.lookup }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new TargetError("dns", `DNS lookup for ${url.hostname} timed out`)), timeoutMs).unref()),
    ]);
  } catch (err) {
    if (err instanceof TargetError) return fail(err.kind, err.message);
    throw err;
  }
  const { address, family } = resolved;
  const request = buildOptions({ sipDomain: o.sipDomain, secure: url.protocol === "wss:" });

  return new Promise<TProbeResult>((resolve) => {
    let settled = false;
    let sentAt = 0;
    let tcpUp = false;
    // ws's own connect helpers, plus a note of when TCP is up: a silent firewall and a server that accepts but
    // never upgrades both end in a timeout, and the admin needs to know which one it was.
    const createConnection = (opts: net.NetConnectOpts & tls.ConnectionOptions & { socketPath?: string }) => {
      const socket =
        url.protocol === "wss:"
          ? tls.connect({ ...opts, path: undefined, servername: opts.servername ?? (net.isIP(opts.host ?? "") ? "" : opts.host) })
          : net.connect({ ...opts, path: opts.socketPath } as net.NetConnectOpts);
      socket.once("connect", () => (tcpUp = true));
      return socket;
    };
    const ws = new WebSocket(url, "sip", {
      createConnection: createConnection as never,
      followRedirects: false,
      perMessageDeflate: false,
      maxPayload: 64 * 1024,
      lookup: ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) =>
        opts?.all ? cb(null, [{ address, family }]) : cb(null, address, family)) as never,
    });
    const finish = (r: TProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.removeAllListeners();
      ws.on("error", () => {}); // late socket errors after we are done are expected and irrelevant
      ws.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => {
      const s = `${timeoutMs / 1000} s`;
      const message = sentAt
        ? `No SIP answer to OPTIONS within ${s}`
        : tcpUp
          ? `The server accepted the connection but did not complete a WebSocket handshake within ${s}: check the port and path`
          : `No TCP connection within ${s}: a firewall may be dropping the packets`;
      finish(fail("timeout", message));
    }, Math.max(1, deadline - Date.now()));

    ws.on("unexpected-response", (req, res) => {
      const status = res.statusCode ?? 0;
      res.resume();
      req.destroy();
      finish(fail("not_sip", `The server answered HTTP ${status} instead of upgrading to a SIP WebSocket: check the path and port`));
    });
    ws.on("error", (err) => finish(classifyError(err, url.hostname)));
    ws.on("close", () => finish(fail("closed", "The server closed the WebSocket without answering the OPTIONS")));
    ws.on("open", () => {
      if (ws.protocol !== "sip") return finish(fail("not_sip", 'The server did not accept the "sip" WebSocket subprotocol (RFC 7118)'));
      sentAt = performance.now();
      ws.send(request.text);
    });
    ws.on("message", (data) => {
      const text = Buffer.isBuffer(data) ? data.toString("utf8") : Buffer.concat(data as Buffer[]).toString("utf8");
      const res = parseSipResponse(text);
      if (!res) return finish(fail("not_sip", `The server answered something that is not SIP: "${printable(text)}"`));
      // A reply to someone else's transaction (or a request pushed to us) is not our answer: keep waiting.
      if (res.headers.get("call-id") !== request.callId) return;
      if (res.code < 200) return;
      const rttMs = Math.round(performance.now() - sentAt);
      // 401/407 mean the SBC is there and wants credentials for OPTIONS: the connection itself works.
      const ok = (res.code >= 200 && res.code < 300) || res.code === 401 || res.code === 407;
      finish({
        ok,
        code: res.code,
        reason: res.reason,
        rttMs,
        server: serverName(res),
        failure: null,
        message: ok ? `SIP ${res.code} ${res.reason} in ${rttMs} ms` : `The SBC answered ${res.code} ${res.reason}: it is reachable but refused the OPTIONS`,
      });
    });
  });
}
