// SBC_HMAC_ALG = 1: the same kamailio.cfg with HMAC-SHA-256 credentials. A second Kamailio, sharing the lab's
// rtpengine and agent, accepts SHA-256 passwords (the call carries audio) and refuses SHA-1 ones.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { callOptions, hangup, mediaStats, openLabPage, placeCall } from "./browser";
import { startKamailio } from "./kamailio";
import { freeTcpPort, freeUdpPort, labFromEnv, type TLabHandle } from "./lab";

test.use({ ignoreHTTPSErrors: true });

let lab: TLabHandle;
let sha256Sbc: Awaited<ReturnType<typeof startKamailio>>;
let dir: string;

test.beforeAll(async () => {
  lab = await labFromEnv();
  dir = mkdtempSync(path.join(os.tmpdir(), "ringlink-sbc256-"));
  const [pbxSidePort, wsPort, wssPort] = [await freeUdpPort(), await freeTcpPort(), await freeTcpPort()];
  sha256Sbc = await startKamailio({
    dir,
    pbxSidePort,
    wsPort,
    wssPort,
    pbxPort: lab.agent.sipPort,
    rtpengineNgPort: lab.rtpengineNgPort,
    secrets: lab.sipSecrets,
    realm: lab.realm,
    hmac: "sha256",
  });
});
test.afterAll(async () => {
  await sha256Sbc?.service.stop();
  lab?.agent.client.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
test.beforeEach(async ({ page }) => openLabPage(page, lab));
test.afterEach(async ({ page }) => hangup(page));

test("HMAC-SHA-256 credentials: the call is answered and audio flows", async ({ page }) => {
  const result = await placeCall(page, { ...callOptions(lab, { algorithm: "sha256" }), wsUrl: sha256Sbc.wsUrl });
  expect(result.outcome).toBe("established");
  await expect.poll(async () => (await mediaStats(page)).audioLevel, { timeout: 10_000 }).toBeGreaterThan(0.01);
});

test("HMAC-SHA-1 credentials against a SHA-256 SBC: refused", async ({ page }) => {
  const result = await placeCall(page, { ...callOptions(lab, { algorithm: "sha1" }), wsUrl: sha256Sbc.wsUrl });
  expect(result).toMatchObject({ outcome: "rejected", code: 407 });
});
