// The trunk page's "Download Kamailio settings", end to end: an admin downloads the file from the app, a second
// Kamailio starts with the lab's sockets plus exactly the downloaded lines and secrets file, and a call whose
// credentials were minted with the trunk's secret goes through (from a widget origin the file allows).
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp, type TAppServer } from "../../scripts/lib/app-server";
import { freePort } from "../../scripts/lib/embedded-db";
import { signedInContext, testDb } from "../fixtures/auth";
import { callOptions, hangup, mediaStats, openLabPage, placeCall } from "./browser";
import { startKamailio } from "./kamailio";
import { freeTcpPort, freeUdpPort, labFromEnv, type TLabHandle } from "./lab";

test.use({ ignoreHTTPSErrors: true });
test.describe.configure({ mode: "serial" });

let lab: TLabHandle;
let app: TAppServer | null = null;
let baseURL: string;
let sbc: Awaited<ReturnType<typeof startKamailio>> | undefined;
let dir: string;
const secret = randomBytes(24).toString("base64url");

test.beforeAll(async () => {
  lab = await labFromEnv();
  if (process.env.RINGLINK_BASE_URL) baseURL = process.env.RINGLINK_BASE_URL;
  else {
    app = await startApp({ port: await freePort(), env: process.env, distDir: process.env.NEXT_DIST_DIR || ".next-test" });
    baseURL = app.url;
  }
  dir = mkdtempSync(path.join(os.tmpdir(), "ringlink-sbc-download-"));
});
test.afterAll(async () => {
  await sbc?.service.stop();
  lab?.agent.client.close();
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
test.afterEach(async ({ page }) => hangup(page).catch(() => undefined));

test("a Kamailio started with the downloaded settings accepts a call minted with the trunk's secret, and refuses another secret", async ({ browser, page }) => {
  const admin = await browser.newContext({ baseURL });
  const { org } = await signedInContext(admin, "ADMIN");
  const adminPage = await admin.newPage();
  await adminPage.goto(`/o/${org.slug}/trunks/new`);
  await adminPage.getByLabel("Name", { exact: true }).fill("Lab download");
  await adminPage.getByLabel("SBC WebSocket URL").fill(lab.sbcWsUrl);
  await adminPage.getByLabel("SIP domain / realm").fill(lab.realm);
  await adminPage.getByLabel("HMAC algorithm").selectOption("SHA256");
  await adminPage.getByLabel("Shared secret").fill(secret);
  await adminPage.getByRole("button", { name: "Create trunk" }).click();
  await expect(adminPage.getByRole("heading", { name: "Lab download" })).toBeVisible();
  const trunkId = adminPage.url().split("/").pop()!;
  // The lab's call page stands in for a customer's site embedding a widget on this trunk.
  const id = randomBytes(5).toString("hex");
  await testDb().widget.create({
    data: { organizationId: org.id, name: "Lab page", publicId: `wid_${id}`, slug: `w-${id}`, destination: lab.agent.extension, trunkId, allowedOrigins: [new URL(lab.pageUrl!).origin] },
  });

  const [download] = await Promise.all([adminPage.waitForEvent("download"), adminPage.getByRole("link", { name: "Download Kamailio settings" }).click()]);
  const text = readFileSync((await download.path())!, "utf8");
  const [, settings, secrets] = text.split(/^# ===== .* =====$/m);
  expect(secrets).toContain(secret);
  await admin.close();

  const [pbxSidePort, wsPort, wssPort] = [await freeUdpPort(), await freeTcpPort(), await freeTcpPort()];
  sbc = await startKamailio({
    dir,
    pbxSidePort,
    wsPort,
    wssPort,
    pbxPort: lab.agent.sipPort,
    rtpengineNgPort: lab.rtpengineNgPort,
    secrets: [],
    realm: lab.realm,
    hmac: "sha1",
    trunkSettings: { settings: settings!, secrets: secrets! },
  });

  await openLabPage(page, lab);
  const good = await placeCall(page, { ...callOptions(lab, { secret, algorithm: "sha256" }), wsUrl: sbc.wsUrl });
  expect(good.outcome).toBe("established");
  await expect.poll(async () => (await mediaStats(page)).audioLevel, { timeout: 10_000 }).toBeGreaterThan(0.01);
  await hangup(page);

  const wrong = await placeCall(page, { ...callOptions(lab, { secret: randomBytes(24).toString("base64url"), algorithm: "sha256" }), wsUrl: sbc.wsUrl });
  expect(wrong).toMatchObject({ outcome: "rejected", code: 407 });
});
