// The snippet copied from the dashboard, pasted on a customer's site served from a second loopback origin
// (127.0.0.2): the button appears and opens the real call page in an iframe; on a site that is not allowed, the
// browser refuses to frame it. Screenshots: test-results/ (embed-widget-*.png).
import AxeBuilder from "@axe-core/playwright";
import { expect, snippet, test } from "./fixtures/host-site";
import { signedInContext, testDb } from "./fixtures/auth";
import { createOrganization, createWidgetRow } from "../prisma/factories";

test("the copied snippet on an allowed site: button, iframe with the call page, accessible", async ({ page, context, site, browser }) => {
  const { org } = await signedInContext(context, "OWNER");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const w = await createWidgetRow(testDb(), org.id, {
    allowedOrigins: [site.origin],
    appearance: { companyName: "Northwind Plumbing", primaryColor: "#0f766e", textColor: "#ffffff", theme: "light" },
    texts: { en: { buttonLabel: "Call a plumber", title: "Talk to a plumber" } },
    consentNotice: "Calls may be recorded.",
  });
  await page.goto(`/o/${org.slug}/widgets/${w.id}/share`);
  await page.getByRole("button", { name: "Copy Floating button snippet" }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain(`data-widget="${w.publicId}"`);

  // A visitor (no dashboard cookies) on the customer's site.
  const visitor = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const v = await visitor.newPage();
  await v.goto(site.page(snippet));
  const launcher = v.getByRole("button", { name: "Call a plumber" });
  await expect(launcher).toBeVisible();
  await expect(launcher).toHaveCSS("background-color", "rgb(15, 118, 110)");
  await launcher.click();
  const callPage = v.frameLocator("ringlink-widget iframe");
  await expect(callPage.getByRole("heading", { name: "Talk to a plumber" })).toBeVisible();
  await expect(callPage.getByText("Northwind Plumbing")).toBeVisible();
  await expect(callPage.getByRole("note")).toHaveText("Calls may be recorded.");
  await expect(callPage.locator("html[data-rl-ready]")).toHaveCount(1);

  const frame = v.frames().find((f) => f.url().includes(`/embed/${w.publicId}`))!;
  const { violations } = await new AxeBuilder({ page: v }).include("ringlink-widget").analyze();
  const inFrame = await frame.evaluate(() => document.title);
  expect(inFrame).toBeDefined();
  expect(violations.filter((x) => x.impact === "serious" || x.impact === "critical").map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await v.screenshot({ path: test.info().outputPath("embed-widget-open.png") });

  // The call flow inside the iframe: pre-call checks, then the not-yet-set-up state.
  await callPage.getByRole("button", { name: "Call now" }).click();
  await expect(callPage.getByRole("status")).toHaveText(/Calling is not set up yet/);
  await visitor.close();
});

test("on a site that is not an allowed origin the browser refuses to frame the call page", async ({ page, site }) => {
  const org = await createOrganization(testDb());
  const w = await createWidgetRow(testDb(), org.id, { allowedOrigins: ["https://www.northwind.example"], texts: { en: { title: "Talk to a plumber" } } });
  const refused = page.waitForEvent("console", (m) => m.type() === "error" && /frame-ancestors/.test(m.text()) && /blocked/.test(m.text()));
  await page.goto(site.page(snippet({ widget: w.publicId, label: "Call us" })));
  await page.getByRole("button", { name: "Call us" }).click();
  const message = await refused;
  expect(message.text()).toContain("frame-ancestors https://www.northwind.example");
  // Chromium swaps the refused document for its own error page: none of the call page loaded.
  await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
  expect(page.frames().some((f) => f.url().includes(`/embed/${w.publicId}`))).toBe(false);
  await expect(page.frameLocator("ringlink-widget iframe").getByRole("heading", { name: "Talk to a plumber" })).toHaveCount(0);
});
