// The hosted call link /c/<slug>: branding, notice, form and the pre-call flow; framing headers; no destination
// or secret in what the visitor downloads; accessibility. Screenshots: test-results/ (hosted-*.png).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "@playwright/test";
import { createOrganization, createWidgetRow } from "../prisma/factories";
import { testDb } from "./fixtures/db";

const shot = (name: string) => test.info().outputPath(`hosted-${name}.png`);
const DESTINATION = "canary-dest-7731";

async function brandedWidget(extra: Parameters<typeof createWidgetRow>[2] = {}) {
  const org = await createOrganization(testDb());
  const trunk = await testDb().trunk.create({
    data: { organizationId: org.id, name: "PBX", wsUrl: "wss://sbc.example.test/ws", sipDomain: "pbx.example.test", secretEnvelope: "canary-envelope-5519" },
  });
  return createWidgetRow(testDb(), org.id, {
    destination: DESTINATION,
    trunkId: trunk.id,
    allowedOrigins: ["https://www.northwind.example", "https://*.northwind.example"],
    appearance: { companyName: "Northwind Plumbing", primaryColor: "#0f766e", textColor: "#ffffff", theme: "light" },
    texts: { en: { title: "Talk to a plumber" } },
    form: { name: { enabled: true, required: true }, topic: { enabled: true, required: false, choices: ["Emergency", "Quote"] }, consent: { enabled: true, text: "I agree that this call may be recorded." } },
    consentNotice: "Calls may be recorded for quality and training.",
    ...extra,
  });
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the hosted page shows branding, notice and form; the pre-call flow validates then says calling is not set up", async ({ page }) => {
  const w = await brandedWidget();
  const res = await page.goto(`/c/${w.slug}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Talk to a plumber" })).toBeVisible();
  await expect(page.getByText("Northwind Plumbing")).toBeVisible();
  await expect(page.getByRole("note")).toHaveText("Calls may be recorded for quality and training.");
  await expect(page.getByRole("button", { name: "Call now" })).toHaveCSS("background-color", "rgb(15, 118, 110)");

  await page.getByRole("button", { name: "Call now" }).click();
  await expect(page.getByLabel(/Your name/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Please accept to continue.")).toBeVisible();
  await expect(page.getByLabel(/Your name/)).toBeFocused();
  await page.getByLabel(/Your name/).fill("Ada");
  await page.getByLabel(/What is it about/).selectOption("Emergency");
  await page.getByLabel("I agree that this call may be recorded.").check();
  await page.getByRole("button", { name: "Call now" }).click();
  await expect(page.getByRole("status")).toHaveText(/Calling is not set up yet/);
});

test("headers: frame-ancestors from the allowed origins, microphone for itself, no X-Frame-Options; no destination or secret in HTML or scripts", async ({ page, request }) => {
  const w = await brandedWidget();
  const res = await request.get(`/c/${w.slug}`);
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors https://www.northwind.example https://*.northwind.example");
  expect(h["permissions-policy"]).toContain("microphone=(self)");
  expect(h["x-frame-options"]).toBeUndefined();
  const embed = await request.get(`/embed/${w.publicId}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors https://www.northwind.example https://*.northwind.example");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  // Everything the visitor's browser downloads: the HTML and every script and stylesheet it loads.
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/_next/") || r.url().includes("/c/")) bodies.push(await r.text().catch(() => ""));
  });
  await page.goto(`/c/${w.slug}`);
  await page.waitForLoadState("networkidle");
  expect(bodies.length).toBeGreaterThan(2);
  for (const canary of [DESTINATION, "canary-envelope-5519", w.trunkId!, w.id, "pbx.example.test"]) {
    expect(bodies.filter((b) => b.includes(canary)), canary).toHaveLength(0);
  }
});

test("the visitor's browser language picks among the enabled languages", async ({ browser }) => {
  const w = await brandedWidget({ languages: ["en", "de"], texts: {} });
  const ctx = await browser.newContext({ locale: "de-AT", extraHTTPHeaders: { "accept-language": "de-AT,de;q=0.9,en;q=0.5" } });
  const page = await ctx.newPage();
  await page.goto(`/c/${w.slug}`);
  await expect(page.getByRole("heading", { name: "Sprechen Sie mit uns" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Jetzt anrufen" })).toBeVisible();
  await ctx.close();
});

test("a disabled hosted link, a paused widget and an unknown slug", async ({ page }) => {
  const off = await brandedWidget({ hostedLinkEnabled: false });
  expect((await page.goto(`/c/${off.slug}`))?.status()).toBe(404);
  expect((await page.goto(`/c/no-such-widget-slug`))?.status()).toBe(404);
  const paused = await brandedWidget({ status: "PAUSED" });
  await page.goto(`/c/${paused.slug}`);
  await expect(page.getByText("This line is not available at the moment.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Call now" })).toHaveCount(0);
});

test("axe: no serious or critical violations, light and dark; screenshots on desktop and phone", async ({ page }) => {
  for (const theme of ["light", "dark"] as const) {
    const w = await brandedWidget({ appearance: { companyName: "Northwind Plumbing", primaryColor: "#0f766e", textColor: "#ffffff", theme } });
    for (const [device, size] of [["desktop", { width: 1280, height: 860 }], ["phone", { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await page.goto(`/c/${w.slug}`);
      await expect(page.getByRole("button", { name: "Call now" })).toBeVisible();
      expect(await seriousViolations(page), `${theme} ${device}`).toEqual([]);
      await page.screenshot({ path: shot(`${theme}-${device}`), fullPage: true });
    }
  }
});
