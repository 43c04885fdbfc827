// What the SBC refuses, proven live: a credential for one destination used for another, a tampered or foreign
// id, a wrong or expired password, visitors registering. And what it enforces on answered calls: the max duration
// from the signed id (BYE both ways), hang-up from the PBX side, DTMF toward the PBX, no secret in its log.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { callOptions, callState, hangup, mediaStats, openLabPage, placeCall, sendDtmf } from "./browser";
import { hmacPassword, mintSipCredentials } from "./credentials";
import { kamcmd as labKamcmd } from "./kamailio";
import { labFromEnv, type TLabHandle } from "./lab";
import dgram from "node:dgram";
import { rtpengineQuery, sipOptions, sipOptionsUdp, sipOptionsWs, sipOverWs, udpExchange } from "./probes";

test.use({ ignoreHTTPSErrors: true });

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());
test.beforeEach(async ({ page }) => openLabPage(page, lab));
test.afterEach(async ({ page }) => hangup(page));

test("a credential for the agent's extension cannot call another destination: 403, the agent never rings", async ({ page }) => {
  const seen = lab.agent.client.incomingCalls();
  const result = await placeCall(page, { ...callOptions(lab), target: `sip:7002@${lab.realm}` });
  expect(result).toMatchObject({ outcome: "rejected", code: 403, invitesSent: 2 });
  expect(lab.agent.client.incomingCalls()).toBe(seen);
});

test("a credential minted for another destination cannot reach the agent either", async ({ page }) => {
  const seen = lab.agent.client.incomingCalls();
  const result = await placeCall(page, { ...callOptions(lab, { destination: "7002" }), target: `sip:${lab.agent.extension}@${lab.realm}` });
  expect(result).toMatchObject({ outcome: "rejected", code: 403 });
  expect(lab.agent.client.incomingCalls()).toBe(seen);
});

test("a destination with * and # passes the SBC when the Request-URI carries it escaped", async ({ page }) => {
  // No such extension on the agent: its 404 proves the SBC let the call through (a mismatch would be its 403).
  const result = await placeCall(page, { ...callOptions(lab, { destination: "*7#1" }), target: `sip:*7%231@${lab.realm}` });
  expect(result).toMatchObject({ outcome: "rejected", code: 404 });
  const other = await placeCall(page, { ...callOptions(lab, { destination: "*7#1" }), target: `sip:*7%232@${lab.realm}` });
  expect(other).toMatchObject({ outcome: "rejected", code: 403 });
});

test("a From user other than the credential's id: 403", async ({ page }) => {
  const o = callOptions(lab);
  const result = await placeCall(page, { ...o, fromId: o.fromId.replace(/\.[A-Za-z0-9]+$/, ".someoneelse1") });
  expect(result).toMatchObject({ outcome: "rejected", code: 403 });
});

test("a correctly signed username outside the id grammar: 403", async ({ page }) => {
  const seen = lab.agent.client.incomingCalls();
  for (const id of [`visitor.${lab.agent.extension}.abcdefgh12`, `rl.${lab.agent.extension}.0.abcdefgh12`, `rl.${lab.agent.extension}.60.short`]) {
    const username = `${Math.floor(Date.now() / 1000) + 300}:${id}`;
    const result = await placeCall(page, { ...callOptions(lab), fromId: id, username, password: hmacPassword(lab.sipSecrets[0]!, username, lab.sipHmac) });
    expect(result, id).toMatchObject({ outcome: "rejected", code: 403 });
  }
  expect(lab.agent.client.incomingCalls()).toBe(seen);
});

test("a wrong password is refused without a challenge loop", async ({ page }) => {
  const seen = lab.agent.client.incomingCalls();
  const result = await placeCall(page, callOptions(lab, { secret: "not-the-trunk-secret" }));
  expect(result.outcome).toBe("rejected");
  expect([403, 407]).toContain(result.code);
  expect(result.invitesSent).toBeLessThanOrEqual(2);
  expect(lab.agent.client.incomingCalls()).toBe(seen);
});

test("an expired credential is refused", async ({ page }) => {
  const result = await placeCall(page, callOptions(lab, { ttlSeconds: -5 }));
  expect(result.outcome).toBe("rejected");
  expect([403, 407]).toContain(result.code);
});

test("the SBC cuts the call at the id's max duration with a BYE both ways", async ({ page }) => {
  const since = Date.now();
  const result = await placeCall(page, callOptions(lab, { maxSeconds: 3 }));
  expect(result.outcome).toBe("established");
  await expect.poll(async () => (await callState(page)).byeReceived, { timeout: 8_000 }).toBe(true);
  const closed = await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  const { timings } = await callState(page);
  const cutAfter = timings.byeReceived! - timings.established!;
  console.log(`max-duration 3 s: BYE to the browser ${cutAfter} ms after answer, agent closed ${closed.at - since} ms after invite`);
  // Never before max-seconds, at most ~2 s after (whole-second dialog timer, see kamailio.cfg).
  expect(cutAfter).toBeGreaterThan(2_900);
  expect(cutAfter).toBeLessThan(5_300);
  // ...and the media session is released with it, not left to rtpengine's own timeout.
  const { callId } = await callState(page);
  await expect.poll(() => rtpengineQuery(lab.rtpengineNgPort, callId!), { timeout: 3_000 }).toBe("error");
});

test("the PBX hangs up: the browser gets the BYE; DTMF from the browser reaches the PBX", async ({ page }) => {
  const since = Date.now();
  expect((await placeCall(page, callOptions(lab))).outcome).toBe("established");
  await lab.agent.client.waitForEvent("CALL_ESTABLISHED", { since });
  await expect.poll(async () => (await mediaStats(page)).bytesReceived).toBeGreaterThan(0);
  expect(await sendDtmf(page, "19#")).toBe(true);
  await expect.poll(() => lab.agent.dtmfReceived(), { timeout: 5_000 }).toContain("19#");
  await lab.agent.hangup();
  await expect.poll(async () => (await callState(page)).byeReceived, { timeout: 5_000 }).toBe(true);
});

test("OPTIONS over ws and wss are answered 200 by the SBC with a Server header; REGISTER is refused", async () => {
  for (const url of [lab.sbcWsUrl, lab.sbcWssUrl]) {
    const answer = await sipOptionsWs(url);
    expect(answer).toMatch(/^SIP\/2\.0 200 /);
    expect(answer).toMatch(/\r\nServer: Ringlink SBC\r\n/i);
  }
  const register = sipOptions({ method: "REGISTER", target: `sip:${lab.realm}`, via: "probe.invalid", transport: "WS" });
  expect(await sipOverWs(lab.sbcWsUrl, register)).toMatch(/^SIP\/2\.0 403 /);
});

test("a WebSocket from a foreign browser origin is refused; the lab page's origin and no origin are accepted", async () => {
  expect(await sipOptionsWs(lab.sbcWsUrl, 2000, "https://evil.example")).toBeNull();
  expect(await sipOptionsWs(lab.sbcWssUrl, 2000, "http://127.0.0.1:80.evil.example")).toBeNull();
  expect(await sipOptionsWs(lab.sbcWsUrl, 2000, new URL(lab.pageUrl!).origin)).toMatch(/^SIP\/2\.0 200 /);
  expect(await sipOptionsWs(lab.sbcWsUrl)).toMatch(/^SIP\/2\.0 200 /);
});

test("the PBX side cannot start a call toward a visitor", async () => {
  const invite = sipOptions({ method: "INVITE", target: `sip:rl.7001.60.abcdefgh@127.0.0.1:${lab.sbcUdpPort}`, via: "127.0.0.1:9", transport: "UDP" });
  const answer = await udpExchange(lab.sbcUdpPort, Buffer.from(invite), 2000);
  expect(answer?.toString()).toMatch(/^SIP\/2\.0 403 /);
});

// The README says to rotate by restart because of this, measured on Kamailio 5.6.3: autheph.add_secret over RPC
// prepends to a list head that is private to the RPC process, so dump_secrets lists the secret while the SIP
// workers still refuse it. If an upgrade fixes that, this test fails: then document RPC rotation instead.
const rotated = `rotated${Date.now()}secret`;
const kamcmd = (...args: string[]) => labKamcmd(lab.dir, ...args);

test("a secret added over RPC is listed but not accepted by the SIP workers (Kamailio 5.6: rotate by restart)", async ({ page }) => {
  kamcmd("autheph.add_secret", rotated);
  expect(kamcmd("autheph.dump_secrets")).toContain(rotated);
  const result = await placeCall(page, callOptions(lab, { secret: rotated }));
  expect(result).toMatchObject({ outcome: "rejected", code: 407 });
});

test("no SIP secret appears in the SBC's log", async () => {
  const log = readFileSync(lab.logs.kamailio, "utf8");
  expect(log.length).toBeGreaterThan(0);
  for (const secret of [...lab.sipSecrets, rotated]) expect(log).not.toContain(secret);
});

test("the lab mints usernames in the documented grammar", () => {
  // Guards the lab's own minting: the documented form "<expiry>:rl.<dest>.<max>.<tag>".
  const c = mintSipCredentials({ secret: "s", destination: "+4930*1#", maxSeconds: 86400, tag: "abcdefgh", nowSeconds: 1000 });
  expect(c.username).toBe("1300:rl.+4930*1#.86400.abcdefgh");
});

test("a flood from one address is dropped (pike) while the PBX keeps being answered", async () => {
  // 127.0.0.2 is a loopback address no other test uses: it plays a SIP scanner.
  const sock = dgram.createSocket("udp4");
  await new Promise<void>((r) => sock.bind(0, "127.0.0.2", r));
  let answered = 0;
  sock.on("message", () => answered++);
  const options = Buffer.from(sipOptions({ target: `sip:127.0.0.1:${lab.sbcUdpPort}`, via: "127.0.0.2:9", transport: "UDP" }));
  for (let i = 0; i < 200; i++) sock.send(options, lab.sbcUdpPort, "127.0.0.1");
  // The PBX's own OPTIONS (from 127.0.0.1 over UDP) are still answered while the scanner is being dropped.
  expect(await sipOptionsUdp(lab.sbcUdpPort)).toMatch(/^SIP\/2\.0 200/);
  sock.close();
  console.log(`pike: ${answered} of 200 flood requests answered`);
  expect(answered).toBeGreaterThan(0);
  expect(answered).toBeLessThan(100);
});
