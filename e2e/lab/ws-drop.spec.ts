// The SBC's WebSocket drops mid-call (closed from Kamailio's side, over its RPC): the dialer reconnects with backoff
// and re-INVITEs, audio keeps flowing, and the dialog follows the new connection (the agent's BYE reaches the
// visitor). If the SBC stays unreachable, the call ends with "The connection dropped" after the bound.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { RECONNECT_BACKOFF } from "@/lib/call/reconnect-backoff";
import { en } from "@/lib/shared/widget/i18n/en";
import { callsOf, createLabWidget } from "./lab-seed";
import { labFromEnv, type TLabHandle } from "./lab";
import { dialer, expectNoLeaks, expectState, expectTwoWayAudio, media, pressCall } from "./call-page";

test.skip(!process.env.RINGLINK_BASE_URL, "needs the app: run through npm test -- lab");

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

const kamcmd = (...args: string[]) => execFileSync("kamcmd", ["-s", `unix:${path.join(lab.dir, "kamailio_ctl")}`, ...args], { encoding: "utf8" });
const wsIds = () => new Set([...kamcmd("ws.dump").matchAll(/^\s*(\d+): wss?:/gm)].map((m) => m[1]!));

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
  const { widget } = await createLabWidget(lab, widgetOptions);
  await page.goto(`/c/${widget.slug}`);
  const before = wsIds();
  const since = Date.now();
  await pressCall(page);
  await expectState(page, "in-call");
  await lab.agent.client.waitForEvent("CALL_ESTABLISHED", { since });
  await expectTwoWayAudio(page);
  const mine = [...wsIds()].filter((id) => !before.has(id));
  expect(mine, kamcmd("ws.dump")).toHaveLength(1);
  return { widget, since, wsId: mine[0]! };
}

test("the WebSocket drops mid-call: the dialer reconnects, audio goes on, the agent's BYE still reaches the visitor", async ({ page }) => {
  const { widget, since, wsId } = await callUntilAudio(page);
  const hint = await watchHint(page);
  kamcmd("ws.close", wsId);
  await expect.poll(async () => (await hint()).hiddenAt, { timeout: RECONNECT_BACKOFF.giveUpMs }).toBeGreaterThan(0);
  const { shownAt, hiddenAt } = await hint();
  await expect(dialer(page)).toHaveAttribute("data-state", "in-call");
  expect([...wsIds()]).not.toContain(wsId);
  const rx = (await media(page))!.bytesReceived;
  await expect.poll(async () => (await media(page))!.bytesReceived).toBeGreaterThan(rx + 1000);
  // The PBX hangs up: its BYE can only reach the browser if the re-INVITE moved the dialog to the new connection.
  await lab.agent.hangup();
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "hangup-agent");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  await expectNoLeaks(page);
  await expect.poll(async () => (await callsOf(widget.id))[0]?.endReason).toBe("hangup-agent");
  console.log(`WebSocket dropped: "Reconnecting…" shown for ${(hiddenAt! - shownAt!).toFixed(0)} ms until the re-INVITE was answered`);
});

test("the SBC stays unreachable: 'Reconnecting…', then the call ends with 'The connection dropped' within the bound", async ({ page }) => {
  const { widget, since, wsId } = await callUntilAudio(page, { widget: { maxCallSeconds: 60 } });
  const hint = await watchHint(page);
  // New WebSocket handshakes are refused until ws.enable: every reconnect attempt fails.
  kamcmd("ws.disable");
  let endedAfterMs: number;
  try {
    const closedAt = Date.now();
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
  // Our BYE had no way out: the agent's leg is still up. Hang it up so later tests see a quiet agent.
  await lab.agent.hangup();
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  console.log(`SBC unreachable: the visitor saw "connection dropped" ${(endedAfterMs / 1000).toFixed(1)} s after the WebSocket closed`);
});
