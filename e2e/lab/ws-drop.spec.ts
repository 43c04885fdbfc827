// The SBC's WebSocket drops mid-call (closed from Kamailio's side, over its RPC): the dialer reconnects with backoff
// and re-INVITEs, audio keeps flowing, and the dialog follows the new connection (the agent's BYE reaches the
// visitor), also past the SBC's grace for gone browsers. If the SBC stays unreachable, the call ends with "The
// connection dropped" after the bound, and the SBC ends the agent's leg on its own once the grace has run out.
import { expect, test, type Page } from "@playwright/test";
import { RECONNECT_BACKOFF } from "@/lib/call/reconnect-backoff";
import { en } from "@/lib/shared/widget/i18n/en";
import { kamcmd as labKamcmd, shippedSetting } from "./kamailio";
import { callsOf, createLabWidget } from "./lab-seed";
import { rtpengineQuery } from "./probes";
import { labFromEnv, type TLabHandle } from "./lab";
import { answeredCall, dialer, expectNoLeaks, expectState, media } from "./call-page";

test.skip(!process.env.RINGLINK_BASE_URL, "needs the app: run through npm test -- lab");

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

const kamcmd = (...args: string[]) => labKamcmd(lab.dir, ...args);
const wsIds = () => new Set([...kamcmd("ws.dump").matchAll(/^\s*(\d+): wss?:/gm)].map((m) => m[1]!));
const dialogCallIds = () => [...kamcmd("dlg.list").matchAll(/call-id: (\S+)/g)].map((m) => m[1]!);

// The SBC ends the call of a browser whose WebSocket closed and that did not re-INVITE within the grace. The grace
// starts when Kamailio runs websocket:closed, 5-6 s after the close (rm_delay_interval); the htable expiry and the
// dialog timer each count whole seconds once a second: allow 5 s on top (measured: 25.9 to 28.2 s with a 20 s grace).
const GRACE_MS = Number(shippedSetting("SBC_BROWSER_GONE_GRACE")) * 1000;
const GONE_MIN_MS = GRACE_MS + 5000 - 1000;
const GONE_BOUND_MS = GRACE_MS + 5000 + 5000;

// When the "Reconnecting…" hint appeared and went, on the page's clock (a MutationObserver: it may show for <1 s).
async function watchHint(page: Page) {
  await page.evaluate((text) => {
    const w = window as unknown as { hint: { shownAt?: number; hiddenAt?: number } };
    w.hint = {};
    new MutationObserver(() => {
      const shown = document.body.innerText.includes(text);
      if (shown && w.hint.shownAt === undefined) w.hint.shownAt = performance.now();
      if (!shown && w.hint.shownAt !== undefined && w.hint.hiddenAt === undefined) w.hint.hiddenAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, en.reconnecting);
  return () => page.evaluate(() => (window as unknown as { hint: { shownAt?: number; hiddenAt?: number } }).hint);
}

async function callUntilAudio(page: Page, widgetOptions?: Parameters<typeof createLabWidget>[1]) {
  const before = wsIds();
  const dialogsBefore = new Set(dialogCallIds());
  const { widget, since } = await answeredCall(page, lab, { widget: widgetOptions });
  const mine = [...wsIds()].filter((id) => !before.has(id));
  expect(mine, kamcmd("ws.dump")).toHaveLength(1);
  // Dialogs of earlier tests may linger a few seconds in the "deleted" state.
  const callIds = dialogCallIds().filter((id) => !dialogsBefore.has(id));
  expect(callIds, kamcmd("dlg.list")).toHaveLength(1);
  return { widget, since, wsId: mine[0]!, callId: callIds[0]! };
}

// Until `until`: audio keeps arriving, the page stays in the call and the agent's leg stays up.
async function holdCall(page: Page, until: number, since: number) {
  while (Date.now() < until) {
    const rx = (await media(page))!.bytesReceived;
    await expect.poll(async () => (await media(page))!.bytesReceived, { timeout: 3000 }).toBeGreaterThan(rx + 2000);
    await expect(dialer(page)).toHaveAttribute("data-state", "in-call");
    expect(lab.agent.client.events().filter((e) => e.type === "CALL_CLOSED" && e.at >= since)).toEqual([]);
  }
}

test("the WebSocket drops mid-call: the dialer reconnects, audio goes on, the agent's BYE still reaches the visitor", async ({ page }) => {
  const { widget, since, wsId, callId } = await callUntilAudio(page);
  const hint = await watchHint(page);
  const closedAt = Date.now();
  kamcmd("ws.close", wsId);
  await expect.poll(async () => (await hint()).hiddenAt, { timeout: RECONNECT_BACKOFF.giveUpMs }).toBeGreaterThan(0);
  const { shownAt, hiddenAt } = await hint();
  await expect(dialer(page)).toHaveAttribute("data-state", "in-call");
  expect([...wsIds()]).not.toContain(wsId);
  // Past the time the SBC would have ended the call had the browser not come back: the re-INVITE cancelled that.
  await holdCall(page, closedAt + GONE_BOUND_MS + 2000, since);
  expect(dialogCallIds()).toEqual([callId]);
  // The PBX hangs up: its BYE can only reach the browser if the re-INVITE moved the dialog to the new connection.
  await lab.agent.hangup();
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "hangup-agent");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  await expectNoLeaks(page);
  await expect.poll(async () => (await callsOf(widget.id))[0]?.endReason).toBe("hangup-agent");
  console.log(`WebSocket dropped: "Reconnecting…" shown for ${(hiddenAt! - shownAt!).toFixed(0)} ms until the re-INVITE was answered; call held ${((Date.now() - closedAt) / 1000).toFixed(1)} s after the drop`);
});

test("the SBC stays unreachable: the visitor sees 'The connection dropped' within the bound, the SBC ends the agent's leg after its grace", async ({ page }) => {
  // Max duration well past the grace: only the gone-browser check can end this call in time.
  const { widget, since, wsId, callId } = await callUntilAudio(page, { widget: { maxCallSeconds: 120 } });
  const hint = await watchHint(page);
  // New WebSocket handshakes are refused until ws.enable: every reconnect attempt fails.
  kamcmd("ws.disable");
  let endedAfterMs: number;
  const closedAt = Date.now();
  try {
    kamcmd("ws.close", wsId);
    await expect(page.getByText(en.reconnecting)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("reconnecting.png") });
    await expectState(page, "ended", RECONNECT_BACKOFF.giveUpMs + 8000);
    endedAfterMs = Date.now() - closedAt;
  } finally {
    kamcmd("ws.enable");
  }
  expect((await hint()).shownAt).toBeGreaterThan(0);
  await expect(dialer(page)).toHaveAttribute("data-reason", "network-failure");
  await expect(page.getByTestId("end-message")).toContainText(en.errorNetwork);
  // Attempts run to the bound (the last one right at it) before the visitor is told.
  expect(endedAfterMs).toBeGreaterThan(RECONNECT_BACKOFF.giveUpMs - 500);
  await expectNoLeaks(page);
  // The end event goes over HTTP, not the lost WebSocket: the Call row says why the call ended.
  await expect.poll(async () => (await callsOf(widget.id))[0]?.endReason).toBe("network-failure");
  // The browser's BYE had no way out; the SBC ends the agent's leg itself once the grace has run out (not before:
  // a browser may re-INVITE up to then).
  const closed = await lab.agent.client.waitForEvent("CALL_CLOSED", { since, timeoutMs: closedAt + GONE_BOUND_MS + 2000 - Date.now() });
  const goneAfterMs = closed.at - closedAt;
  expect(goneAfterMs).toBeGreaterThan(GONE_MIN_MS);
  expect(goneAfterMs).toBeLessThan(GONE_BOUND_MS);
  // The dialog is gone and rtpengine no longer holds media for it.
  await expect.poll(dialogCallIds).toEqual([]);
  expect(await rtpengineQuery(lab.rtpengineNgPort, callId)).toBe("error");
  console.log(`SBC unreachable: the visitor saw "connection dropped" ${(endedAfterMs / 1000).toFixed(1)} s and the agent's leg closed ${(goneAfterMs / 1000).toFixed(1)} s after the WebSocket closed (grace ${GRACE_MS / 1000} s)`);
});

// When the dialog module will cut a call (unix seconds), and when it started: from its RPC dump. "timeout" is
// derived from the timer's ticks at each dump, so it can move by a second between two reads.
function dialogTimer(callId: string) {
  const block = kamcmd("dlg.list").split("h_entry:").find((b) => b.includes(`call-id: ${callId}`));
  const num = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(block ?? "")?.[1]);
  return { startTs: num("start_ts"), timeout: num("timeout"), lifetime: num("lifetime"), callerContact: /contact: (\S+)/.exec(block ?? "")?.[1] };
}

test("the reconnect's re-INVITE does not extend the call: the max duration still counts from the answer", async ({ page }) => {
  const { since, wsId, callId } = await callUntilAudio(page, { widget: { maxCallSeconds: 60 } });
  const before = dialogTimer(callId);
  expect(before.timeout - before.startTs).toBeLessThanOrEqual(before.lifetime + 2);
  // Let Kamailio's clock pass 2 whole seconds after the answer, or a restarted timer could not be told apart.
  await expect.poll(() => Date.now() / 1000, { timeout: 5000 }).toBeGreaterThan(before.startTs + 3);
  const hint = await watchHint(page);
  kamcmd("ws.close", wsId);
  await expect.poll(async () => (await hint()).hiddenAt, { timeout: RECONNECT_BACKOFF.giveUpMs }).toBeGreaterThan(0);
  // The re-INVITE reached the dialog (the browser's contact moved to the new connection) and left its timer alone.
  await expect.poll(() => dialogTimer(callId).callerContact).not.toBe(before.callerContact);
  // Restarted, it would have moved 3 s or more (measured without timeout_noreset: 6 s).
  expect(Math.abs(dialogTimer(callId).timeout - before.timeout)).toBeLessThanOrEqual(1);
  await lab.agent.hangup();
  await expectState(page, "ended");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
});
