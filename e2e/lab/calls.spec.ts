// Real calls through the hosted call page: Chromium → the app's dialer → Kamailio + rtpengine → the baresip agent,
// each asserting media with getStats() and the agent's recording.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { callsOf, createLabWidget } from "./lab-seed";
import { kamcmd } from "./kamailio";
import { labFromEnv, type TLabHandle } from "./lab";
import { answeredCall, dialer, expectAgentHeardUs, expectNoLeaks, expectState, expectTwoWayAudio, media, pressCall } from "./call-page";

test.skip(!process.env.RINGLINK_BASE_URL, "needs the app: run through npm test -- lab");

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

// kamcmd takes the bare statistic name and answers "dialog:expired_dialogs = N".
const expiredDialogs = () => Number(/expired_dialogs = (\d+)/.exec(kamcmd(lab.dir, "stats.get_statistics", "expired_dialogs"))?.[1]);

test("hosted link: the agent answers, audio flows both ways, the visitor hangs up", async ({ page }) => {
  const { widget, since, stats } = await answeredCall(page, lab, { query: "?utm_source=lab" });
  await expect(page.getByTestId("call-timer")).toBeVisible();
  await page.getByRole("button", { name: /keypad/i }).click();
  await page.screenshot({ path: test.info().outputPath("hosted-in-call.png") });
  await page.getByRole("button", { name: /hang up/i }).click();
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "hangup-visitor");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  const heard = expectAgentHeardUs(lab);
  await expectNoLeaks(page);
  await expect.poll(async () => (await callsOf(widget.id))[0]?.status).toBe("ENDED");
  const [call] = await callsOf(widget.id);
  expect(call).toMatchObject({ endReason: "hangup-visitor", outcome: "answered", utm: { utm_source: "lab" } });
  // What the agent's PBX received with this INVITE (baresip's SIP trace): where the call came from, and no credentials.
  const pbxSaw = readFileSync(lab.logs.agent, "utf8");
  const at = pbxSaw.indexOf(`X-Ringlink-Call-Id: ${call!.id}`);
  expect(at).toBeGreaterThanOrEqual(0);
  const invite = pbxSaw.slice(Math.max(0, at - 3000), at + 3000); // that INVITE's headers, not another call's
  expect(invite).toContain(`X-Ringlink-Page-Url: ${new URL(`/c/${widget.slug}?utm_source=lab`, process.env.RINGLINK_BASE_URL).href}`);
  expect(invite).toContain("X-Ringlink-Utm: utm_source=lab");
  expect(pbxSaw).not.toMatch(/Proxy-Authorization|Authorization:/i);
  console.log(`hosted call: rx audioLevel ${stats.audioLevel.toFixed(3)}, agent heard peak RMS ${heard.peakWindowRms.toFixed(0)}`);
});

test("relay only: the media goes through coturn", async ({ page }) => {
  const { widget } = await createLabWidget(lab, { relayOnly: true });
  await page.goto(`/c/${widget.slug}`);
  const since = Date.now();
  await pressCall(page);
  await expectState(page, "in-call");
  await expect.poll(async () => (await media(page))?.localCandidateType, { timeout: 10_000 }).toBe("relay");
  await expectTwoWayAudio(page);
  await page.getByRole("button", { name: /hang up/i }).click();
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  expectAgentHeardUs(lab);
});

test("keypad digits reach the agent as RFC 4733 DTMF", async ({ page }) => {
  const { widget } = await createLabWidget(lab);
  await page.goto(`/c/${widget.slug}`);
  const since = Date.now();
  const before = lab.agent.dtmfReceived();
  await pressCall(page);
  await expectState(page, "in-call");
  await expectTwoWayAudio(page);
  await page.getByRole("button", { name: /keypad/i }).click();
  for (const key of ["1", "5", "#"]) await page.getByRole("button", { name: `Key ${key}` }).click();
  await expect.poll(() => lab.agent.dtmfReceived().slice(before.length), { timeout: 10_000 }).toBe("15#");
  await page.getByRole("button", { name: /hang up/i }).click();
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
});

test("the agent hangs up: the visitor is told the other side hung up", async ({ page }) => {
  const { widget } = await createLabWidget(lab);
  await page.goto(`/c/${widget.slug}`);
  const since = Date.now();
  await pressCall(page);
  await expectState(page, "in-call");
  await expectTwoWayAudio(page);
  await lab.agent.hangup();
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "hangup-agent");
  await expect(page.getByTestId("end-message")).toContainText("The other side hung up");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  expectAgentHeardUs(lab);
  await expectNoLeaks(page);
});

test("a wrong TURN secret: the call is 'answered' with no audio, and the watchdog ends it with a clear message", async ({ page }) => {
  const { widget } = await createLabWidget(lab, { relayOnly: true, turnSecret: "not-the-lab-secret" });
  await page.goto(`/c/${widget.slug}`);
  const since = Date.now();
  await pressCall(page);
  await lab.agent.client.waitForEvent("CALL_ESTABLISHED", { since });
  await expectState(page, "ended", 15_000);
  await expect(dialer(page)).toHaveAttribute("data-reason", "media-failure");
  await expect(page.getByTestId("end-message")).toContainText("could not hear the other side");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  await expectNoLeaks(page);
});

test("max duration 5 s: the SBC ends the call on time", async ({ page }) => {
  const expiredBefore = expiredDialogs();
  expect(expiredBefore).toBeGreaterThanOrEqual(0); // a number, or the comparison below would pass on NaN
  const { since, established } = await answeredCall(page, lab, { widget: { widget: { maxCallSeconds: 5 } } });
  const closed = await lab.agent.client.waitForEvent("CALL_CLOSED", { since, timeoutMs: 15_000 });
  const seconds = (closed.at - established.at) / 1000;
  // The SBC's dialog timer ended it (its expired-dialogs counter moved), not the browser's backstop at max + 2 s.
  // The timer counts whole seconds: the BYE leaves between 5 and 7 s after the answer (measured 5.45-6.85 s).
  expect(expiredDialogs()).toBe(expiredBefore + 1);
  expect(seconds).toBeGreaterThan(4);
  expect(seconds).toBeLessThan(7.5);
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "max-duration");
  console.log(`max duration 5 s: the SBC ended the call after ${seconds.toFixed(2)} s`);
});

test("over the rate limit: the page says to try again later and places no call", async ({ page }) => {
  const { widget } = await createLabWidget(lab, { widget: { callsPerIpPerHour: 1 } });
  await page.goto(`/c/${widget.slug}`);
  const since = Date.now();
  await pressCall(page);
  await expectState(page, "in-call");
  await page.getByRole("button", { name: /hang up/i }).click();
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  const calls = lab.agent.client.incomingCalls();
  // "Call again" (the widget's own Call label) goes back to the form with the microphone open.
  await page.getByRole("button", { name: /call/i }).click();
  await pressCall(page);
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "refused");
  await expect(page.getByTestId("end-message")).toContainText(/try again/i);
  await page.screenshot({ path: test.info().outputPath("hosted-rate-limited.png") });
  expect(lab.agent.client.incomingCalls()).toBe(calls);
  expect(await callsOf(widget.id)).toHaveLength(1);
});
