// The campaign builder: build a widget in the UI with the live preview following every change, save it, then
// copy its hosted link and snippet. Screenshots go to test-results/ (widgets-*.png).
import { test, expect, testDb, signedInContext } from "./fixtures/auth";
import { createOrganization, createWidgetRow } from "../prisma/factories";

const shot = (name: string) => test.info().outputPath(`widgets-${name}.png`);

test("build a widget: the preview updates live, bad input is refused, saving leads to share", async ({ page, context, owner }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const trunk = await testDb().trunk.create({ data: { organizationId: owner.org.id, name: "Main PBX", wsUrl: "wss://sbc.example.test/ws", sipDomain: "pbx.example.test" } });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/o/${owner.org.slug}/widgets`);
  await page.getByRole("link", { name: "New widget" }).click();
  await expect(page.getByRole("heading", { name: "New widget" })).toBeVisible();

  const preview = page.getByRole("region", { name: "Live preview" });
  const previewCallPage = preview.getByTestId("preview-call-page");
  const previewButton = preview.getByTestId("preview-button").getByRole("button");
  await expect(previewButton).toHaveCSS("background-color", "rgb(37, 83, 224)");

  await page.getByLabel("Name", { exact: true }).fill("Spring sale");
  await page.getByLabel("Trunk").selectOption({ label: "Main PBX" });
  await page.getByLabel("Extension, queue or SIP user").fill("200@evil.example");
  await expect(page.getByText("Use only letters, digits")).toBeVisible();

  // Look: brand color and company name flow into the preview as they are typed.
  await page.getByLabel("Company name").fill("Northwind Plumbing");
  await expect(previewCallPage.getByText("Northwind Plumbing")).toBeVisible();
  const brand = page.getByRole("textbox", { name: "Brand color", exact: true });
  await brand.fill("#0f766e");
  await expect(previewButton).toHaveCSS("background-color", "rgb(15, 118, 110)");
  // A low-contrast text color is flagged at once, and the preview keeps the last readable colors.
  await page.getByRole("textbox", { name: "Text on brand color", exact: true }).fill("#a7f3d0");
  await expect(page.getByText(/below 4.5:1/)).toBeVisible();
  await page.getByRole("textbox", { name: "Text on brand color", exact: true }).fill("#ffffff");

  // Texts: a custom title and button label appear in the preview.
  await page.getByLabel("Title", { exact: true }).fill("Talk to a plumber now");
  await expect(previewCallPage.getByRole("heading", { name: "Talk to a plumber now" })).toBeVisible();
  await page.getByLabel("Button label", { exact: true }).fill("Call a plumber");
  await expect(previewButton).toHaveText("Call a plumber");

  // Form: asking for a required name adds the field to the preview's call page.
  await page.getByLabel("Ask for name").check();
  await expect(previewCallPage.getByLabel(/Your name/)).toBeVisible();
  await page.getByLabel("Notice", { exact: true }).fill("Calls may be recorded for training.");
  await expect(previewCallPage.getByText("Calls may be recorded for training.")).toBeVisible();

  // Preview as closed: the offline state with the callback form.
  await preview.getByText("Closed", { exact: true }).click();
  await expect(previewCallPage.getByRole("heading", { name: "We're closed right now" })).toBeVisible();
  await preview.getByText("Open", { exact: true }).click();

  await page.getByLabel("Allowed sites").fill("https://www.northwind.example\nhttps://example.com/not-an-origin");
  await page.getByRole("button", { name: "Create widget" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  expect(await testDb().widget.count({ where: { organizationId: owner.org.id } })).toBe(0);
  await page.screenshot({ path: shot("builder-errors"), fullPage: false });

  await page.getByLabel("Extension, queue or SIP user").fill("200");
  await page.getByLabel("Allowed sites").fill("https://www.northwind.example\n*.northwind.example");
  await page.locator("#general").scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("builder-preview") });
  await page.getByRole("button", { name: "Create widget" }).click();

  await expect(page.getByText("Widget created.")).toBeVisible();
  const saved = await testDb().widget.findFirstOrThrow({ where: { organizationId: owner.org.id } });
  expect(saved).toMatchObject({ name: "Spring sale", destination: "200", trunkId: trunk.id, allowedOrigins: ["https://www.northwind.example", "https://*.northwind.example"] });
  expect(saved.slug).toMatch(/^spring-sale/);

  // Share: hosted link (with UTM), QR code and snippets, each copied to the clipboard.
  await page.getByLabel("utm_source").fill("newsletter");
  const link = page.getByRole("textbox", { name: "Hosted link" });
  await expect(link).toHaveValue(new RegExp(`/c/${saved.slug}\\?utm_source=newsletter$`));
  await page.getByRole("button", { name: "Copy hosted link" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/utm_source=newsletter/);
  await expect(page.getByRole("img", { name: /QR code for/ }).locator("svg")).toBeVisible();
  await page.getByRole("button", { name: "Copy Floating button snippet" }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain(`data-widget="${saved.publicId}"`);
  expect(snippet).toContain('data-color="#0f766e"');
  expect(snippet).toContain('data-label="Call a plumber"');
  await page.screenshot({ path: shot("share"), fullPage: true });
});

test("editing keeps the saved values and records the change; another organization's widget is 404", async ({ page, owner }) => {
  const w = await createWidgetRow(testDb(), owner.org.id, { name: "Support line" });
  await page.goto(`/o/${owner.org.slug}/widgets/${w.id}`);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Support line");
  await page.getByLabel("Extension, queue or SIP user").fill("sales-queue");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect((await testDb().widget.findUniqueOrThrow({ where: { id: w.id } })).destination).toBe("sales-queue");
  expect(await testDb().auditLog.count({ where: { resourceId: w.id, action: "widget.update" } })).toBe(1);

  // Business hours: switching "always open" off needs at least one range; then the range and zone are stored.
  await page.getByRole("switch", { name: "Always open" }).click();
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Add at least one opening range")).toBeVisible();
  await page.getByRole("button", { name: "Add hours" }).first().click();
  await page.getByLabel("Monday to").fill("18:30");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const hours = (await testDb().widget.findUniqueOrThrow({ where: { id: w.id } })).hours;
  expect(hours).toMatchObject({ alwaysOpen: false, timeZone: "Europe/Berlin", weekly: [{ day: 1, from: "09:00", to: "18:30" }] });

  const other = await createOrganization(testDb());
  const foreign = await createWidgetRow(testDb(), other.id);
  for (const path of ["", "/share", "/leads"]) {
    const res = await page.goto(`/o/${owner.org.slug}/widgets/${foreign.id}${path}`);
    expect(res?.status(), path).toBe(404);
  }
});

test("deleting needs the typed name; the hosted link is gone afterwards", async ({ page, owner }) => {
  const w = await createWidgetRow(testDb(), owner.org.id, { name: "Old campaign" });
  await page.goto(`/o/${owner.org.slug}/widgets/${w.id}`);
  await page.getByRole("button", { name: "Delete widget…" }).click();
  const confirm = page.getByRole("button", { name: "Delete for good" });
  await expect(confirm).toBeDisabled();
  await page.getByLabel(/Type Old campaign to confirm/).fill("Old campaign");
  await confirm.click();
  await expect(page).toHaveURL(new RegExp(`/o/${owner.org.slug}/widgets$`));
  expect(await testDb().widget.findUnique({ where: { id: w.id } })).toBeNull();
  expect(await testDb().auditLog.count({ where: { resourceId: w.id, action: "widget.delete" } })).toBe(1);
  expect((await page.goto(`/c/${w.slug}`))?.status()).toBe(404);
});

test("a viewer sees the settings read-only and cannot delete", async ({ page, context }) => {
  const { org } = await signedInContext(context, "VIEWER");
  const w = await createWidgetRow(testDb(), org.id, { name: "Read only" });
  await page.goto(`/o/${org.slug}/widgets/${w.id}`);
  await expect(page.getByText("You can view this widget")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Delete widget…" })).toHaveCount(0);
  expect((await page.goto(`/o/${org.slug}/widgets/new`))?.status()).toBe(404);
});
