// The dashboard's live checks against the lab's real services, through the product: an admin saves a trunk pointing
// at the lab's Kamailio and presses "Check connection" (our server sends SIP OPTIONS over ws://), then saves an ICE
// set with the lab's coturn and presses "Test in browser" (credentials minted by the app, gathered by Chromium).
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startApp, type TAppServer } from "../../scripts/lib/app-server";
import { freePort } from "../../scripts/lib/embedded-db";
import { signedInContext, testDb } from "../fixtures/auth";
import { labFromEnv, type TLabHandle } from "./lab";

let lab: TLabHandle;
let app: TAppServer | null = null;
let baseURL: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  lab = await labFromEnv();
  // The lab stage runs after the production build; reuse a running app when one is given.
  if (process.env.RINGLINK_BASE_URL) baseURL = process.env.RINGLINK_BASE_URL;
  else {
    app = await startApp({ port: await freePort(), env: process.env, distDir: process.env.NEXT_DIST_DIR || ".next-test" });
    baseURL = app.url;
  }
});
test.afterAll(async () => {
  lab?.agent.client.close();
  await app?.stop();
});

async function adminPage(browser: Browser): Promise<{ page: Page; slug: string }> {
  const context = await browser.newContext({ baseURL });
  const { org } = await signedInContext(context, "ADMIN");
  return { page: await context.newPage(), slug: org.slug };
}

test("Check connection against the lab's Kamailio over ws://: 200 OK, RTT and its Server header; self-signed wss://, a closed port and a plain web server fail clearly", async ({ browser }) => {
  const { page, slug } = await adminPage(browser);
  await page.goto(`/o/${slug}/trunks/new`);
  await page.getByLabel("Name", { exact: true }).fill("Lab SBC");
  await page.getByLabel("SBC WebSocket URL").fill(lab.sbcWsUrl);
  await page.getByLabel("SIP domain / realm").fill(lab.realm);
  await page.getByLabel("Shared secret").fill(lab.sipSecrets[0]!);
  await page.getByRole("button", { name: "Create trunk" }).click();
  await expect(page.getByRole("heading", { name: "Lab SBC" })).toBeVisible();

  await page.getByRole("button", { name: "Check connection" }).click();
  const result = page.getByTestId("check-result");
  await expect(result.getByText("Connected: the SBC answered")).toBeVisible();
  await expect(result.getByRole("definition").nth(0)).toHaveText("200 OK");
  await expect(result.getByRole("definition").nth(1)).toHaveText(/^\d+ ms$/);
  await expect(result.getByRole("definition").nth(2)).toHaveText("Ringlink SBC");
  const trunkId = page.url().split("/").pop()!;
  const row = await testDb().trunk.findUniqueOrThrow({ where: { id: trunkId } });
  expect(row).toMatchObject({ lastCheckOk: true, lastCheckCode: 200, lastCheckServer: "Ringlink SBC" });
  console.log(`check connection: 200 OK in ${row.lastCheckRttMs} ms from ${row.lastCheckServer}`);
  await page.goto(`/o/${slug}/trunks`);
  await expect(page.getByText(/^OK · 200 · \d+ ms$/)).toBeVisible();

  await page.goto(`/o/${slug}/trunks/${trunkId}`);
  await page.getByLabel("SBC WebSocket URL").fill(lab.sbcWssUrl);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.getByRole("button", { name: "Check connection" }).click();
  await expect(result.getByText("Connection failed")).toBeVisible();
  await expect(result).toContainText("TLS handshake failed");

  // A closed port, then a plain web server that does not speak WebSocket: each failure says what it is.
  const web = createServer((_req, res) => res.writeHead(404).end("Not Found"));
  await new Promise<void>((r) => web.listen(0, "127.0.0.1", r));
  const failures: [string, RegExp][] = [
    ["ws://127.0.0.1:9", /Connection refused by 127\.0\.0\.1/],
    [`ws://127.0.0.1:${(web.address() as AddressInfo).port}/ws`, /answered HTTP 404 instead of upgrading to a SIP WebSocket/],
  ];
  for (const [url, message] of failures) {
    await page.getByLabel("SBC WebSocket URL").fill(url);
    await page.getByRole("button", { name: "Save changes" }).click();
    // "Saved." is still on screen from the previous round: wait for the row itself.
    await expect.poll(async () => (await testDb().trunk.findUniqueOrThrow({ where: { id: trunkId } })).wsUrl).toBe(url);
    await page.getByRole("button", { name: "Check connection" }).click();
    await expect(result).toContainText(message);
  }
  web.close();
  expect(await testDb().trunk.findUniqueOrThrow({ where: { id: trunkId } })).toMatchObject({ lastCheckOk: false, lastCheckCode: null });
});

test("the browser ICE test finds a relay through the lab's coturn with app-minted credentials, over UDP and TCP", async ({ browser }) => {
  const { page, slug } = await adminPage(browser);
  const hostPort = lab.turnUrl.replace(/^turn:/, "").replace(/\?.*$/, "");
  await page.goto(`/o/${slug}/ice-servers/new`);
  await page.getByLabel("Set name").fill("Lab coturn");
  await page.getByRole("button", { name: "Remove server 1" }).click();
  await page.getByRole("textbox", { name: "URLs, one per line" }).fill(`turn:${hostPort}?transport=udp\nturn:${hostPort}?transport=tcp`);
  await page.getByLabel("Shared secret").fill(lab.turnSecret);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { name: "Lab coturn" })).toBeVisible();

  await page.getByRole("button", { name: "Test in browser" }).click();
  await expect(page.getByTestId("ice-verdict")).toHaveText("TURN over UDP works; TURN over TCP works.");
  const rows = page.getByTestId("ice-result-row");
  await expect(rows).toHaveCount(2);
  for (const i of [0, 1]) await expect(rows.nth(i).locator('[data-candidate="relay"]')).toHaveText(/^\d+ ms$/);
  console.log(`ICE test: ${(await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, " ")).join(" | ")}`);
});

test("a wrong TURN secret in a relay-only set: the browser ICE test shows no relay, says why, and that calls would fail", async ({ browser }) => {
  const { page, slug } = await adminPage(browser);
  await page.goto(`/o/${slug}/ice-servers/new`);
  await page.getByLabel("Set name").fill("Wrong secret");
  await page.getByRole("button", { name: "Remove server 1" }).click();
  await page.getByRole("textbox", { name: "URLs, one per line" }).fill(lab.turnUrl);
  await page.getByLabel("Shared secret").fill(`wrong-${randomBytes(12).toString("hex")}`);
  await page.getByRole("switch", { name: "Relay only (TURN)" }).click();
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { name: "Wrong secret" })).toBeVisible();
  await page.getByRole("button", { name: "Test in browser" }).click();
  const verdict = page.getByTestId("ice-verdict");
  // coturn answers the ALLOCATE with 401 and Chromium reports it as an ICE candidate error.
  await expect(verdict).toHaveText(
    "Relay only, and no TURN server gave a relay candidate: calls through this set would fail. TURN over UDP: credentials refused (401 Unauthorized).",
  );
  await expect(verdict).toHaveClass(/text-red-700/);
  await expect(page.getByTestId("ice-result-row").locator('[data-candidate="relay"]')).toHaveText("—");
  console.log(`ICE test with a wrong secret: ${await verdict.innerText()}`);
});
