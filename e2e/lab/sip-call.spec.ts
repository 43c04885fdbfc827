// A real call: Chromium (sip.js) -> Kamailio (WebSocket, ephemeral auth) + rtpengine (DTLS-SRTP <-> RTP) -> the
// baresip agent, with audio checked both ways: the browser hears the agent's tone (getStats), the agent's
// recording of the browser's fake microphone is not silent.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { callOptions, hangup, mediaStats, openLabPage, placeCall } from "./browser";
import { labFromEnv, type TLabHandle } from "./lab";
import { analyzeWav } from "./wav";

test.use({ ignoreHTTPSErrors: true });

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

async function expectAudioBothWays(page: Page, since: number) {
  await lab.agent.client.waitForEvent("CALL_ESTABLISHED", { since });
  // The agent plays a steady 440 Hz tone: the browser must decode it (audioLevel) and keep receiving.
  await expect.poll(async () => (await mediaStats(page)).audioLevel, { timeout: 10_000 }).toBeGreaterThan(0.01);
  const before = await mediaStats(page);
  await expect.poll(async () => (await mediaStats(page)).bytesReceived, { timeout: 5_000 }).toBeGreaterThan(before.bytesReceived);
  // About a second of G.711 (8 kB/s) toward the agent before hanging up, so its recording has something to judge.
  await expect.poll(async () => (await mediaStats(page)).bytesSent, { timeout: 5_000 }).toBeGreaterThan(before.bytesSent + 8000);
  const stats = await mediaStats(page);
  await hangup(page);
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  const recording = lab.agent.lastRecording();
  expect(recording).not.toBeNull();
  const heard = analyzeWav(recording!);
  // Chromium's fake microphone beeps; digital silence through G.711 stays below ~10.
  expect(heard.seconds).toBeGreaterThan(0.5);
  expect(heard.peakWindowRms).toBeGreaterThan(300);
  return { stats, heard };
}

test("a browser call reaches the agent through the SBC with audio both ways (ws)", async ({ page }) => {
  await openLabPage(page, lab);
  const since = Date.now();
  const result = await placeCall(page, callOptions(lab));
  expect(result).toMatchObject({ outcome: "established", invitesSent: 2 });
  const { stats, heard } = await expectAudioBothWays(page, since);
  console.log(`call setup (ws, ms since invite()): ${JSON.stringify(result.timings)}; rx audioLevel ${stats.audioLevel.toFixed(3)}; agent heard peak RMS ${heard.peakWindowRms.toFixed(0)}`);
  // What the PBX received (baresip's SIP trace): the page context headers, and no credentials.
  const pbxSaw = readFileSync(lab.logs.agent, "utf8");
  expect(pbxSaw).toContain("X-Ringlink-Page: https://shop.example/pricing");
  expect(pbxSaw).toContain("X-Ringlink-Widget: lab");
  expect(pbxSaw).not.toMatch(/Proxy-Authorization|Authorization:/i);
});

test("the same call over wss with the second (rotation) secret", async ({ page }) => {
  await openLabPage(page, lab);
  const since = Date.now();
  const result = await placeCall(page, callOptions(lab, { wss: true, secret: lab.sipSecrets[1] }));
  expect(result.outcome).toBe("established");
  await expectAudioBothWays(page, since);
});

test("relay only: media flows through coturn", async ({ page }) => {
  await openLabPage(page, lab);
  const since = Date.now();
  const result = await placeCall(page, callOptions(lab, { relayOnly: true }));
  expect(result.outcome).toBe("established");
  await expect.poll(async () => (await mediaStats(page)).localCandidateType, { timeout: 10_000 }).toBe("relay");
  const { stats } = await expectAudioBothWays(page, since);
  expect(stats.localCandidateType).toBe("relay");
  console.log(`call setup (relay only, ms since invite()): ${JSON.stringify(result.timings)}`);
});
