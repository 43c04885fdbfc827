import { randomBytes } from "node:crypto";
import { test, expect, signedInContext, signInViaHttp, createUser, addMember, testDb } from "./fixtures/auth";
import { actionOutcome, callAction, captureAction } from "./fixtures/server-action";

const canary = () => `ice-canary-${randomBytes(8).toString("hex")}`;

test("an admin creates, edits and deletes an ICE set; the TURN secret is write-only", async ({ page, context }) => {
  const { org } = await signedInContext(context, "ADMIN");
  await page.goto(`/o/${org.slug}/ice-servers`);
  await expect(page.getByRole("heading", { name: "Add your STUN and TURN servers" })).toBeVisible();
  await page.getByRole("link", { name: "New ICE set" }).click();

  const secret = canary();
  const urls = page.getByRole("textbox", { name: "URLs, one per line" });
  await page.getByLabel("Set name").fill("Production");
  await urls.nth(0).fill("stun://stun.example.org");
  await urls.nth(1).fill("turn:turn.example.org:3478?transport=udp\nturn:turn.example.org:3478?transport=tcp\nturns:turn.example.org:443");
  await page.getByLabel("Shared secret").fill(secret);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByText('stun://stun.example.org: Write stun:host, without "//" (RFC 7064/7065)')).toBeVisible();
  await urls.nth(0).fill("stun:stun.example.org:3478");
  await page.getByRole("button", { name: "Create set" }).click();

  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/ice-servers/(?!new$)[a-z0-9]+$`));
  const setId = page.url().split("/").pop()!;
  await expect(page.getByTestId("ice-1-secret-summary")).toHaveText(new RegExp(`^Set, ends in ${secret.slice(-4)}, changed on `));
  expect(await page.content()).not.toContain(secret);
  expect(await (await context.request.get(page.url())).text()).not.toContain(secret);
  const [turnRow] = await testDb().iceServer.findMany({ where: { setId, kind: "TURN" } });
  expect(turnRow!.urls).toHaveLength(3);
  expect(turnRow!.secretEnvelope).toMatch(/^v1\./);

  // Rename and shorten the TTL without touching the secret: the envelope is unchanged.
  await page.getByLabel("Set name").fill("Production EU");
  await page.getByLabel("Credential lifetime (seconds)").fill("600");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  const after = await testDb().iceServer.findUniqueOrThrow({ where: { id: turnRow!.id } });
  expect(after).toMatchObject({ ttlSeconds: 600, secretEnvelope: turnRow!.secretEnvelope });

  await page.goto(`/o/${org.slug}/ice-servers`);
  await expect(page.getByRole("heading", { name: "Production EU" })).toBeVisible();
  await page.getByRole("heading", { name: "Production EU" }).click();
  await page.getByRole("button", { name: "Delete set" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { name: "Add your STUN and TURN servers" })).toBeVisible();
  expect(await testDb().iceServerSet.count({ where: { id: setId } })).toBe(0);
});

test("the browser test reports a TURN server that does not answer, per transport", async ({ page, context }) => {
  const { org } = await signedInContext(context, "ADMIN");
  // Nothing listens on port 9 (discard) on loopback: TURN over TCP is refused at once.
  await page.goto(`/o/${org.slug}/ice-servers/new`);
  await page.getByLabel("Set name").fill("Dead TURN");
  await page.getByRole("button", { name: "Remove server 1" }).click();
  await page.getByRole("textbox", { name: "URLs, one per line" }).fill("turn:127.0.0.1:9?transport=tcp");
  await page.getByLabel("Credentials").selectOption("STATIC");
  await page.getByLabel("TURN username").fill("visitor");
  await page.getByLabel("TURN password").fill("not-a-real-password");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { name: "Dead TURN" })).toBeVisible();
  await page.getByRole("button", { name: "Test in browser" }).click();
  await expect(page.getByTestId("ice-verdict")).toHaveText(/^TURN over TCP: no relay candidate \(.+\)\.$/);
  await expect(page.getByTestId("ice-result-row").locator('[data-candidate="relay"]')).toHaveText("—");
});

test("a viewer sees ICE sets read-only and the actions refuse direct calls", async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { org } = await signedInContext(admin, "ADMIN");
  const viewer = await createUser(testDb());
  await addMember(testDb(), org.id, viewer.id, "VIEWER");
  await signInViaHttp(page.context().request, viewer.email, viewer.password);
  const set = await testDb().iceServerSet.create({ data: { organizationId: org.id, name: "Office" } });
  await testDb().iceServer.create({ data: { organizationId: org.id, setId: set.id, kind: "STUN", urls: ["stun:stun.example.org"] } });

  await page.goto(`/o/${org.slug}/ice-servers/${set.id}`);
  await expect(page.getByText("You have read-only access to this ICE server set.")).toBeVisible();
  await expect(page.getByLabel("Set name")).toBeDisabled();
  for (const name of ["Save changes", "Test in browser", "Delete set", "Add TURN server"]) await expect(page.getByRole("button", { name })).toHaveCount(0);

  const adminPage = await admin.newPage();
  await adminPage.goto(`/o/${org.slug}/ice-servers/${set.id}`);
  const save = await captureAction(adminPage, () => adminPage.getByRole("button", { name: "Save changes" }).click());
  await expect(adminPage.getByRole("status")).toHaveText("Saved.");
  const res = await callAction(page.context().request, save, save.body.replace('"name":"Office"', '"name":"Hijacked"'));
  expect(actionOutcome(res.text)).toEqual({ ok: false, code: "forbidden" });
  const mint = await captureAction(adminPage, () => adminPage.getByRole("button", { name: "Test in browser" }).click());
  const minted = await callAction(page.context().request, mint, mint.body);
  expect(actionOutcome(minted.text)).toEqual({ ok: false, code: "forbidden" });
  expect(minted.text).not.toContain("stun:stun.example.org");
  expect((await testDb().iceServerSet.findUniqueOrThrow({ where: { id: set.id } })).name).toBe("Office");
  await admin.close();
});
