// Playwright helpers for calls through the app's real call page (hosted link or the embed iframe): press Call,
// wait for states, read the dialer's getStats() figures and its open resources, and check the agent heard us.
import { expect, type Frame, type Page } from "@playwright/test";
import type { TLabHandle } from "./lab";
import { createLabWidget } from "./lab-seed";
import { analyzeWav } from "./wav";

type TTarget = Page | Frame;
type TDebug = { __ringlinkDialer: { stats: () => Promise<TMedia | null>; resources: () => Record<string, number> } };
export type TMedia = { bytesReceived: number; audioLevel: number; bytesSent: number; localCandidateType: string | null; remotePort: number | null; iceState: string };

export const dialer = (t: TTarget) => t.locator('[data-testid="dialer"]');
export const media = (t: TTarget) => t.evaluate(() => (window as unknown as TDebug).__ringlinkDialer.stats());
export const resources = (t: TTarget) => t.evaluate(() => (window as unknown as TDebug).__ringlinkDialer.resources());

export async function pressCall(t: TTarget) {
  await expect(t.getByTestId("mic-ready")).toBeVisible();
  await t.getByRole("button", { name: /call/i }).click();
}

export async function expectState(t: TTarget, state: string, timeout = 10_000) {
  await expect(dialer(t)).toHaveAttribute("data-state", state, { timeout });
}

// Audio both ways: the browser decodes the agent's tone (audioLevel > 0) with inbound bytes growing, and sends
// enough of its fake microphone for the agent's recording to be judged.
export async function expectTwoWayAudio(t: TTarget) {
  await expect.poll(async () => (await media(t))?.audioLevel ?? 0, { timeout: 10_000 }).toBeGreaterThan(0.01);
  const before = (await media(t))!;
  await expect.poll(async () => (await media(t))?.bytesReceived ?? 0, { timeout: 5_000 }).toBeGreaterThan(before.bytesReceived);
  await expect.poll(async () => (await media(t))?.bytesSent ?? 0, { timeout: 5_000 }).toBeGreaterThan(before.bytesSent + 8000);
  return (await media(t))!;
}

// After the agent's CALL_CLOSED: what it recorded of the browser is not silence.
export function expectAgentHeardUs(lab: TLabHandle) {
  const recording = lab.agent.lastRecording();
  expect(recording).not.toBeNull();
  const heard = analyzeWav(recording!);
  expect(heard.seconds).toBeGreaterThan(0.5);
  expect(heard.peakWindowRms).toBeGreaterThan(300);
  return heard;
}

export async function expectNoLeaks(t: TTarget) {
  await expect.poll(() => resources(t)).toEqual({ tracks: 0, audioContexts: 0, peerConnections: 0, userAgents: 0, timers: 0 });
}

// The start most call scenarios share: a fresh lab widget's hosted page, "Call", the agent answers, audio flows
// both ways. `since` is for the agent's later events of this call.
export async function answeredCall(page: Page, lab: TLabHandle, o: { widget?: Parameters<typeof createLabWidget>[1]; query?: string } = {}) {
  const { widget } = await createLabWidget(lab, o.widget);
  await page.goto(`/c/${widget.slug}${o.query ?? ""}`);
  const since = Date.now();
  await pressCall(page);
  await expectState(page, "in-call");
  const established = await lab.agent.client.waitForEvent("CALL_ESTABLISHED", { since });
  const stats = await expectTwoWayAudio(page);
  return { widget, since, established, stats };
}
