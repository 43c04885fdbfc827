// A call whose network dies after audio flowed: the visitor is told the connection dropped within a bound instead
// of sitting in silence until the max duration, the agent gets a BYE, and the Call row ends with that reason.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { NETWORK_LOSS_MS } from "@/lib/call/network-watchdog";
import { en } from "@/lib/shared/widget/i18n/en";
import { callsOf } from "./lab-seed";
import { labFromEnv, type TLabHandle } from "./lab";
import { answeredCall, dialer, expectNoLeaks, expectState, media } from "./call-page";
import { rtpengineCommand } from "./probes";

test.skip(!process.env.RINGLINK_BASE_URL, "needs the app: run through npm test -- lab");

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

// Chromium reports ICE "disconnected" ~5 s after the last STUN answer (measured 5.4 s here); the bound runs from there.
const DETECT_MS = 7_000;

// Drops every packet to and from the relay's port of this one call, both ways: the browser's media path is gone
// while its WebSocket still works, and the ICE restart's re-offer gets the same port (rtpengine keeps a call's
// ports), so the path stays dead. Only inside the lab's own network namespace, where the rules die with it.
// Not rtpengine's ng "delete": the ICE restart's re-offer then creates the call afresh, ICE connects again, and the
// browser never redoes DTLS with the new session, so it is a connected call with no audio (not a network loss).
function cutMediaPath(port: number) {
  const rules = [["--dport", String(port)], ["--sport", String(port)]];
  for (const r of rules) execFileSync("iptables", ["-I", "INPUT", "-p", "udp", ...r, "-j", "DROP"]);
  return () => {
    for (const r of rules) execFileSync("iptables", ["-D", "INPUT", "-p", "udp", ...r, "-j", "DROP"]);
  };
}

test("the media path dies mid-call: the visitor is told the connection dropped, the call ends", async ({ page }) => {
  test.skip(!process.env.RINGLINK_IN_NETNS || !existsSync("/usr/sbin/iptables"), "cuts one call's path with iptables: only inside the lab's own network namespace");
  test.setTimeout(90_000);
  const { widget, since } = await answeredCall(page, lab);
  const port = (await media(page))?.remotePort;
  expect(port).toBeGreaterThan(0);
  const restore = cutMediaPath(port!);
  const cutAt = Date.now();
  let endedAfterMs: number;
  try {
    // Plus the monitor's 1 s tick and the page's own reaction: measured 17.9-18.9 s in all.
    await expectState(page, "ended", DETECT_MS + NETWORK_LOSS_MS + 5000);
    endedAfterMs = Date.now() - cutAt;
  } finally {
    restore();
  }
  await expect(dialer(page)).toHaveAttribute("data-reason", "network-failure");
  await expect(page.getByTestId("end-message")).toContainText(en.errorNetwork);
  // Not before the bound: an ICE restart had its chance.
  expect(endedAfterMs).toBeGreaterThan(NETWORK_LOSS_MS);
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  await expectNoLeaks(page);
  await expect.poll(async () => (await callsOf(widget.id))[0]?.status).toBe("ENDED");
  const [call] = await callsOf(widget.id);
  expect(call).toMatchObject({ endReason: "network-failure" });
  expect(call?.answeredAt).not.toBeNull();
  expect(call?.durationSec).toBeGreaterThanOrEqual(Math.floor(NETWORK_LOSS_MS / 1000));
  await page.screenshot({ path: test.info().outputPath("network-lost.png") });
  console.log(`media path cut: the visitor saw "connection dropped" after ${(endedAfterMs / 1000).toFixed(1)} s`);
});

test("inbound audio stops while the transport stays up (silence suppression): the call goes on", async ({ page }) => {
  test.setTimeout(90_000);
  const { since, established } = await answeredCall(page, lab);
  // rtpengine stops forwarding the agent's RTP to the browser; ICE and DTLS with the browser keep working.
  const callId = established.id!;
  expect(await rtpengineCommand(lab.rtpengineNgPort, { command: "block media", "call-id": callId })).toContain("2:ok");
  let flat = 0;
  let prev = (await media(page))!.bytesReceived;
  await expect.poll(async () => {
    const now = (await media(page))!.bytesReceived;
    flat = now === prev ? flat + 1 : 0;
    prev = now;
    return flat;
  }, { intervals: [500] }).toBeGreaterThanOrEqual(3);
  // Proving something does NOT happen takes the time it would need: the network watchdog's longest, watched each
  // half second (any sample with the call ended, ICE down or audio back stops the watch and fails below).
  const until = Date.now() + DETECT_MS + NETWORK_LOSS_MS;
  let verdict = "watching";
  await expect
    .poll(async () => {
      const m = await media(page);
      const state = await dialer(page).getAttribute("data-state");
      if (state !== "in-call" || !/connected|completed/.test(m?.iceState ?? "") || m?.bytesReceived !== prev) verdict = `${state} ice=${m?.iceState} rx=${m?.bytesReceived}`;
      else if (Date.now() >= until) verdict = "held";
      return verdict;
    }, { timeout: DETECT_MS + NETWORK_LOSS_MS + 5000, intervals: [500] })
    .not.toBe("watching");
  expect(verdict).toBe("held");
  expect(await rtpengineCommand(lab.rtpengineNgPort, { command: "unblock media", "call-id": callId })).toContain("2:ok");
  await expect.poll(async () => (await media(page))!.bytesReceived, { timeout: 5000 }).toBeGreaterThan(prev);
  await page.getByRole("button", { name: /hang up/i }).click();
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "hangup-visitor");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
});
