import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { test, expect, signedInContext, signInViaHttp, createUser, addMember, testDb } from "./fixtures/auth";

const canary = () => `sbc-canary-${randomBytes(8).toString("hex")}`;

test("an admin downloads the trunk's Kamailio settings with its secret; the download is audit-logged", async ({ page, context }) => {
  const { org } = await signedInContext(context, "ADMIN");
  const secret = canary();
  await page.goto(`/o/${org.slug}/trunks/new`);
  await page.getByLabel("Name", { exact: true }).fill("Head office");
  await page.getByRole("radio", { name: /Ephemeral credentials/ }).check({ force: true });
  await page.getByLabel("SBC WebSocket URL").fill("wss://sbc.example.com");
  await page.getByLabel("SIP domain / realm").fill("pbx.example.com");
  await page.getByLabel("Shared secret").fill(secret);
  await page.getByLabel("HMAC algorithm").selectOption("SHA256");
  await page.getByRole("button", { name: "Create trunk" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/trunks/(?!new$)[a-z0-9]+$`));
  const trunkId = page.url().split("/").pop()!;
  const id = randomBytes(5).toString("hex");
  await testDb().widget.create({
    data: { organizationId: org.id, name: "Shop", publicId: `wid_${id}`, slug: `w-${id}`, destination: "100", trunkId, allowedOrigins: ["https://shop.example.com"] },
  });
  expect(await page.content()).not.toContain(secret);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download Kamailio settings" }).click()]);
  expect(download.suggestedFilename()).toBe("ringlink-head-office.cfg");
  const text = await readFile((await download.path())!, "utf8");
  expect(text).toContain('#!substdef "!SBC_REALM!pbx.example.com!g"');
  expect(text).toContain('#!substdef "!SBC_HMAC_ALG!1!g"');
  expect(text).toMatch(/#!substdef "!SBC_WS_ORIGINS!\^\(http:\/\/[^|]+\|https:\/\/shop\[\.\]example\[\.\]com\)\\\$!g"/);
  expect(text).toContain(`modparam("auth_ephemeral", "secret", "${secret}")`);

  const audit = await testDb().auditLog.findMany({ where: { organizationId: org.id, action: "trunk.export_sbc_settings" } });
  expect(audit).toHaveLength(1);
  expect(audit[0]!.resourceId).toBe(trunkId);
  expect(JSON.stringify(audit[0])).not.toContain(secret);

  const res = await context.request.get(`/o/${org.slug}/trunks/${trunkId}/kamailio-settings`);
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect(res.headers()["content-disposition"]).toBe('attachment; filename="ringlink-head-office.cfg"');
});

test("a viewer and another organization's admin cannot download the settings", async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { org } = await signedInContext(admin, "ADMIN");
  await admin.close();
  const trunk = await testDb().trunk.create({
    data: { organizationId: org.id, name: "Office", wsUrl: "wss://sbc.example.com", sipDomain: "pbx.example.com", authMode: "EPHEMERAL" },
  });
  const url = `/o/${org.slug}/trunks/${trunk.id}/kamailio-settings`;

  const viewer = await createUser(testDb());
  await addMember(testDb(), org.id, viewer.id, "VIEWER");
  await signInViaHttp(page.context().request, viewer.email, viewer.password);
  await page.goto(`/o/${org.slug}/trunks/${trunk.id}`);
  await expect(page.getByText("You have read-only access to this trunk.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download Kamailio settings" })).toHaveCount(0);
  expect((await page.context().request.get(url)).status()).toBe(403);

  const other = await browser.newContext();
  await signedInContext(other, "ADMIN");
  expect((await other.request.get(url)).status()).toBe(404);
  // Signed out: the proxy sends the browser to sign-in before the route runs.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(url, { maxRedirects: 0 })).status()).toBe(307);
  await anonymous.close();
  await other.close();
  expect(await testDb().auditLog.count({ where: { organizationId: org.id, action: "trunk.export_sbc_settings" } })).toBe(0);
});
