// The dialer speaks the widget's language, not the browser's: a German widget's call page, opened by an
// English-speaking browser, says what is wrong with the microphone and why a call was refused in German, with no
// English left in the panel. Screenshots: test-results/ (call-de-*.png).
import { chromium, expect, test, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";
import { createOrganization, createWidgetRow } from "../prisma/factories";
import { testDb } from "./fixtures/db";

const shot = (name: string) => test.info().outputPath(`call-de-${name}.png`);
// Words of the English panel that must not show up on a German one.
const ENGLISH = /\b(the|your|microphone|try again|call|please|blocked|connection)\b/i;

async function germanWidget() {
  const org = await createOrganization(testDb());
  return createWidgetRow(testDb(), org.id, { languages: ["de"], appearance: { companyName: "Sanitär Müller", primaryColor: "#0f766e", textColor: "#ffffff", theme: "light" } });
}

async function expectNoEnglish(page: Page) {
  const text = await page.getByTestId("dialer").innerText();
  expect(text).not.toMatch(ENGLISH);
  expect(await page.getByRole("main").innerText()).not.toContain("Powered by");
}

test("a blocked microphone is explained in German, with Chrome's German menu names", async ({ baseURL }) => {
  const w = await germanWidget();
  // Our shared browser auto-accepts the microphone prompt; this one declines it, as a visitor who clicked "Block".
  const args = CHROMIUM_ARGS.filter((a) => a !== "--use-fake-ui-for-media-stream").concat("--deny-permission-prompts");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args });
  try {
    const page = await (await browser.newContext({ baseURL, locale: "en-US" })).newPage();
    await page.goto(`/c/${w.slug}`);
    const problem = page.getByTestId("mic-problem");
    await expect(problem).toHaveAttribute("data-cause", "denied");
    await expect(problem.getByText("Mikrofon blockiert")).toBeVisible();
    await expect(problem).toContainText("Ihr Browser lässt diese Seite nicht auf Ihr Mikrofon zugreifen");
    await expect(problem).toContainText("links in der Adressleiste auf das Mikrofon- oder Schloss-Symbol");
    await expect(problem.getByRole("button", { name: "Erneut versuchen" })).toBeVisible();
    await expect(page.getByText("Bereitgestellt von Ringlink")).toBeVisible();
    await expectNoEnglish(page);
    await page.screenshot({ path: shot("mic-blocked"), fullPage: true });
  } finally {
    await browser.close();
  }
});

test("a refused call (the line was switched off after the page loaded) is explained in German", async ({ browser }) => {
  const w = await germanWidget();
  const ctx = await browser.newContext({ locale: "en-US" });
  const page = await ctx.newPage();
  await page.goto(`/c/${w.slug}`);
  await expect(page.getByTestId("mic-ready")).toBeVisible();
  await expect(page.getByRole("meter", { name: "Mikrofonpegel" })).toBeVisible();
  // Paused between page load and "Call": the server refuses the ticket with reason widget_inactive.
  await testDb().widget.update({ where: { id: w.id }, data: { status: "PAUSED" } });
  await page.getByRole("button", { name: "Jetzt anrufen" }).click();
  const dialer = page.getByTestId("dialer");
  await expect(dialer).toHaveAttribute("data-state", "ended");
  await expect(dialer).toHaveAttribute("data-reason", "refused");
  await expect(page.getByTestId("end-message")).toHaveText("Anrufe sind hier im Moment ausgeschaltet.");
  await expect(page.getByRole("button", { name: "Jetzt anrufen" })).toBeVisible(); // "call again", the widget's own label
  await expectNoEnglish(page);
  await page.screenshot({ path: shot("refused"), fullPage: true });
  await ctx.close();
});
