import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { WebSocketServer } from "ws";
import { db } from "@/lib/db";
import { canary, orgWithActor } from "@/test/org-fixture";
import { checkConnection } from "./check-connection";
import { createTrunk } from "./create-trunk";
import { probeSbc } from "./probe-sbc";

// Real servers on loopback, started per test: each one plays a different wrong (or right) SBC.
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function listen(server: Server | TcpServer): Promise<number> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  return (server.address() as AddressInfo).port;
}

// A WebSocket server on its own HTTP server; `answer` decides what it sends back for each message.
async function wsServer(o: { protocols?: boolean; answer: (msg: string) => string | null }) {
  const http = createHttpServer();
  const wss = new WebSocketServer({ server: http, handleProtocols: o.protocols === false ? () => false : (set) => (set.has("sip") ? "sip" : false) });
  wss.on("connection", (sock) => sock.on("message", (data) => {
    const reply = o.answer(data.toString());
    if (reply !== null) sock.send(reply);
  }));
  closers.push(async () => {
    for (const c of wss.clients) c.terminate();
    wss.close();
  });
  return listen(http);
}

const header = (msg: string, name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(msg)?.[1] ?? "";
const sipAnswer = (code: string) => (msg: string) =>
  [`SIP/2.0 ${code}`, `Via: ${header(msg, "Via")}`, `Call-ID: ${header(msg, "Call-ID")}`, "CSeq: 1 OPTIONS", "Server: FakeSBC 1.0", "Content-Length: 0", "", ""].join("\r\n");

const probe = (url: string, extra: Partial<Parameters<typeof probeSbc>[1]> = {}) =>
  probeSbc(url, { sipDomain: "pbx.test", allowPrivate: true, timeoutMs: 1500, ...extra });

describe("probeSbc against local servers", () => {
  test("a SIP WebSocket server answering 200: ok with code, RTT and Server header", async () => {
    const port = await wsServer({ answer: sipAnswer("200 OK") });
    const r = await probe(`ws://127.0.0.1:${port}`);
    expect(r).toMatchObject({ ok: true, code: 200, reason: "OK", server: "FakeSBC 1.0", failure: null });
    expect(r.rttMs).toBeGreaterThanOrEqual(0);
    expect(r.rttMs).toBeLessThan(1500);
  });

  test("provisional answers are skipped; 403 is reported as reachable-but-refused", async () => {
    const port = await wsServer({ answer: (m) => `${sipAnswer("100 Trying")(m)}` });
    expect((await probe(`ws://127.0.0.1:${port}`, { timeoutMs: 400 })).failure).toBe("timeout");
    const port2 = await wsServer({ answer: sipAnswer("403 Forbidden") });
    expect(await probe(`ws://127.0.0.1:${port2}`)).toMatchObject({ ok: false, code: 403, failure: null });
  });

  test("a closed port: refused", async () => {
    const tmp = createTcpServer();
    const port = await listen(tmp);
    await closers.pop()!();
    const r = await probe(`ws://127.0.0.1:${port}`);
    expect(r).toMatchObject({ ok: false, failure: "refused" });
    expect(r.message).toMatch(/Connection refused/);
  });

  test("a plain HTTP server that does not upgrade: not SIP, with its status", async () => {
    const port = await listen(createHttpServer((_req, res) => res.writeHead(404).end("not here")));
    const r = await probe(`ws://127.0.0.1:${port}/ws`);
    expect(r).toMatchObject({ ok: false, failure: "not_sip" });
    expect(r.message).toMatch(/HTTP 404 instead of upgrading/);
  });

  test("a redirect is not followed: it is reported, and the target is never contacted", async () => {
    const port = await listen(createHttpServer((_req, res) => res.writeHead(301, { location: "ws://169.254.169.254/latest/meta-data" }).end()));
    const r = await probe(`ws://127.0.0.1:${port}/ws`);
    expect(r).toMatchObject({ ok: false, failure: "not_sip" });
    expect(r.message).toMatch(/HTTP 301 instead of upgrading/);
  });

  test("a WebSocket server answering garbage: not SIP", async () => {
    const port = await wsServer({ answer: () => "HELLO\u0001 this is not sip" });
    const r = await probe(`ws://127.0.0.1:${port}`);
    expect(r).toMatchObject({ ok: false, failure: "not_sip" });
    expect(r.message).toMatch(/not SIP: "HELLO· this is not sip"/);
  });

  test("a WebSocket server that refuses the sip subprotocol: not SIP", async () => {
    const port = await wsServer({ protocols: false, answer: sipAnswer("200 OK") });
    expect((await probe(`ws://127.0.0.1:${port}`)).failure).toBe("not_sip");
  });

  test("a server that accepts TCP and never answers: timeout within the bound", async () => {
    const silent = createTcpServer((sock) => closers.push(async () => void sock.destroy()));
    const port = await listen(silent);
    const started = Date.now();
    const r = await probe(`ws://127.0.0.1:${port}`, { timeoutMs: 500 });
    expect(r).toMatchObject({ ok: false, failure: "timeout" });
    expect(r.message).toBe("The server accepted the connection but did not complete a WebSocket handshake within 0.5 s: check the port and path");
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test("wss:// to a server that does not speak TLS: TLS failure", async () => {
    const port = await listen(createHttpServer((_req, res) => res.end("plain")));
    expect((await probe(`wss://127.0.0.1:${port}`)).failure).toBe("tls");
  });

  test("loopback refused when private targets are disallowed, before any connection", async () => {
    let connections = 0;
    const port = await wsServer({ answer: (m) => (connections++, sipAnswer("200 OK")(m)) });
    for (const host of ["127.0.0.1", "localhost", "2130706433", "0x7f.0.0.1", "[::1]", "[::ffff:127.0.0.1]"]) {
      const r = await probe(`ws://${host}:${port}`, { allowPrivate: false, lookup: async () => [{ address: "127.0.0.1", family: 4 }] });
      expect(r.failure, host).toBe("blocked");
    }
    expect(connections).toBe(0);
  });

  test("the connection goes to the address that was judged (no second DNS lookup to rebind)", async () => {
    const port = await wsServer({ answer: sipAnswer("200 OK") });
    const seen: string[] = [];
    const lookup = async (host: string) => (seen.push(host), [{ address: "127.0.0.1", family: 4 }]);
    // A name that no resolver knows: only our pinned answer can make this connect.
    expect(await probe(`ws://sbc.invalid:${port}`, { lookup })).toMatchObject({ ok: true, code: 200 });
    expect(seen).toEqual(["sbc.invalid"]);
  });

  test("DNS failure is reported as DNS", async () => {
    const lookup = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect(await probe("wss://no-such-sbc.example", { lookup })).toMatchObject({ failure: "dns" });
  });
});

test("checkConnection records the last result on the trunk and audits it", async () => {
  const { organizationId, actor } = await orgWithActor();
  const port = await wsServer({ answer: sipAnswer("200 OK") });
  const trunk = await createTrunk({
    organizationId,
    actor,
    input: { name: "Lab", preset: "OTHER", wsUrl: `ws://127.0.0.1:${port}`, sipDomain: "pbx.test", authMode: "EPHEMERAL", hmacAlgorithm: "SHA1", secret: canary("chk"), allowedHeaders: [], sendContextHeaders: false },
  });
  const r = await checkConnection({ organizationId, actor, trunkId: trunk.id });
  expect(r).toMatchObject({ ok: true, code: 200, server: "FakeSBC 1.0" });
  const row = await db.trunk.findUniqueOrThrow({ where: { id: trunk.id } });
  expect(row).toMatchObject({ lastCheckOk: true, lastCheckCode: 200, lastCheckServer: "FakeSBC 1.0", lastCheckError: null });
  expect(row.lastCheckRttMs).toBe(r.rttMs);
  expect(await db.auditLog.count({ where: { organizationId, action: "trunk.check", resourceId: trunk.id } })).toBe(1);
});
