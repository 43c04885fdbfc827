import { randomBytes } from "node:crypto";
import { test, expect, signedInContext, signInViaHttp, createUser, addMember, testDb } from "./fixtures/auth";
import { actionOutcome, callAction, captureAction } from "./fixtures/server-action";

const canary = () => `trunk-canary-${randomBytes(8).toString("hex")}`;

test("an admin creates, edits, replaces the secret of and deletes a trunk; the secret never comes back", async ({ page, context }) => {
  const { org } = await signedInContext(context, "ADMIN");
  await page.goto(`/o/${org.slug}/trunks`);
  await expect(page.getByRole("heading", { name: "Connect your phone system" })).toBeVisible();
  await page.getByRole("link", { name: "New trunk" }).click();

  const secret = canary();
  await page.getByLabel("Name", { exact: true }).fill("Head office");
  await page.getByLabel("Provider").selectOption("ASTERISK");
  await expect(page.getByText("Setting up Asterisk / FreePBX")).toBeVisible();
  await expect(page.getByRole("radio", { name: /Static extension credentials/ })).toBeChecked();
  await expect(page.getByRole("note").filter({ hasText: "Lock the extension down" })).toBeVisible();
  await page.getByRole("radio", { name: /Ephemeral credentials/ }).check({ force: true });
  await page.getByLabel("SBC WebSocket URL").fill("ws://sbc.example.com/ws");
  await page.getByLabel("SIP domain / realm").fill("pbx.example.com");
  await page.getByLabel("Shared secret").fill(secret);
  await page.getByRole("button", { name: "Create trunk" }).click();
  await expect(page.getByText(/Use wss:\/\//)).toBeVisible(); // ws:// to a public host is refused by the shared schema
  await page.getByLabel("SBC WebSocket URL").fill("ws://127.0.0.1:5066");
  await expect(page.getByRole("note").filter({ hasText: "Unencrypted ws:// is for local testing only" })).toBeVisible();
  await page.getByRole("button", { name: "Create trunk" }).click();

  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/trunks/(?!new$)[a-z0-9]+$`));
  const trunkId = page.url().split("/").pop()!;
  await expect(page.getByTestId("trunk-secret-summary")).toHaveText(new RegExp(`^Set, ends in ${secret.slice(-4)}, changed on \\d{4}-\\d\\d-\\d\\d$`));
  expect(await page.content()).not.toContain(secret);
  expect(await (await context.request.get(page.url())).text()).not.toContain(secret);
  const envelope = (await testDb().trunk.findUniqueOrThrow({ where: { id: trunkId } })).secretEnvelope!;
  expect(envelope).toMatch(/^v1\./);

  // Edit without touching the secret: the envelope stays exactly as it was.
  await page.getByLabel("Name", { exact: true }).fill("Head office (Berlin)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByRole("heading", { name: "Head office (Berlin)" })).toBeVisible();
  expect((await testDb().trunk.findUniqueOrThrow({ where: { id: trunkId } })).secretEnvelope).toBe(envelope);

  const next = canary();
  await page.getByRole("button", { name: "Replace secret" }).click();
  await page.getByLabel("Shared secret").fill(next);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("trunk-secret-summary")).toContainText(`ends in ${next.slice(-4)}`);
  expect(await page.content()).not.toContain(next);
  expect((await testDb().trunk.findUniqueOrThrow({ where: { id: trunkId } })).secretEnvelope).not.toBe(envelope);

  await page.goto(`/o/${org.slug}/trunks`);
  await expect(page.getByRole("link", { name: "Head office (Berlin)" })).toBeVisible();
  await expect(page.getByText("Never checked")).toBeVisible();
  await page.getByRole("link", { name: "Head office (Berlin)" }).click();
  await page.getByRole("button", { name: "Delete trunk" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/trunks$`));
  await expect(page.getByRole("heading", { name: "Connect your phone system" })).toBeVisible();
  expect(await testDb().trunk.count({ where: { id: trunkId } })).toBe(0);
});

test("deleting a trunk a widget uses is refused with the widget's name", async ({ page, context }) => {
  const { org } = await signedInContext(context, "ADMIN");
  const trunk = await testDb().trunk.create({ data: { organizationId: org.id, name: "Used", wsUrl: "wss://sbc.example.com", sipDomain: "pbx.example.com", authMode: "NONE" } });
  const id = randomBytes(5).toString("hex");
  await testDb().widget.create({ data: { organizationId: org.id, name: "Pricing page", publicId: `wid_${id}`, slug: `w-${id}`, destination: "100", trunkId: trunk.id } });
  await page.goto(`/o/${org.slug}/trunks/${trunk.id}`);
  await page.getByRole("button", { name: "Delete trunk" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toHaveText('This trunk is used by widget "Pricing page". Point them at another trunk first.');
  expect(await testDb().trunk.count({ where: { id: trunk.id } })).toBe(1);
});

test("a viewer sees the trunk read-only, and calling the actions directly is refused", async ({ page, browser }) => {
  const admin = await browser.newContext();
  const { org } = await signedInContext(admin, "ADMIN");
  const viewer = await createUser(testDb());
  await addMember(testDb(), org.id, viewer.id, "VIEWER");
  await signInViaHttp(page.context().request, viewer.email, viewer.password);
  const trunk = await testDb().trunk.create({ data: { organizationId: org.id, name: "Office", wsUrl: "wss://sbc.example.com/ws", sipDomain: "pbx.example.com", authMode: "NONE" } });

  await page.goto(`/o/${org.slug}/trunks`);
  await expect(page.getByRole("link", { name: "Office" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New trunk" })).toHaveCount(0);
  await page.getByRole("link", { name: "Office" }).click();
  await expect(page.getByText("You have read-only access to this trunk.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
  for (const name of ["Save changes", "Check connection", "Delete trunk", "Replace secret"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  expect((await page.goto(`/o/${org.slug}/trunks/new`))?.status()).toBe(404);

  // The admin's real requests, replayed with the viewer's session.
  const adminPage = await admin.newPage();
  await adminPage.goto(`/o/${org.slug}/trunks/${trunk.id}`);
  const save = await captureAction(adminPage, () => adminPage.getByRole("button", { name: "Save changes" }).click());
  await expect(adminPage.getByRole("status")).toHaveText("Saved.");
  const hijack = save.body.replace('"name":"Office"', '"name":"Hijacked"');
  expect(hijack).not.toBe(save.body);
  const res = await callAction(page.context().request, save, hijack);
  expect(actionOutcome(res.text)).toEqual({ ok: false, code: "forbidden" });
  const del = await captureAction(adminPage, async () => {
    await adminPage.getByRole("button", { name: "Delete trunk" }).click();
    await adminPage.route("**/*", (route) => (route.request().headers()["next-action"] ? route.abort() : route.continue()));
    await adminPage.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  });
  expect(actionOutcome((await callAction(page.context().request, del, del.body)).text)).toEqual({ ok: false, code: "forbidden" });
  expect(await testDb().trunk.findUnique({ where: { id: trunk.id } })).toMatchObject({ name: "Office" });
  await admin.close();
});
