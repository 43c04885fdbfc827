// A real call through a German widget's hosted page: everything the dialer says once the call is up (status, quality,
// controls, keypad, the end) is German, not only the pre-call form.
import { expect, test } from "@playwright/test";
import { createLabWidget } from "./lab-seed";
import { labFromEnv, type TLabHandle } from "./lab";
import { dialer, expectState, expectTwoWayAudio } from "./call-page";

test.skip(!process.env.RINGLINK_BASE_URL, "needs the app: run through npm test -- lab");

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

test("German widget: in-call status, quality, controls, keypad and the end message are German", async ({ browser }) => {
  const { widget } = await createLabWidget(lab, { widget: { languages: ["de"] } });
  const ctx = await browser.newContext({ locale: "en-US" }); // the widget's language wins over the browser's
  const page = await ctx.newPage();
  await page.goto(`/c/${widget.slug}`);
  await expect(page.getByRole("meter", { name: "Mikrofonpegel" })).toBeVisible();
  const since = Date.now();
  await page.getByRole("button", { name: "Jetzt anrufen" }).click();
  await expectState(page, "in-call");
  await lab.agent.client.waitForEvent("CALL_ESTABLISHED", { since });
  await expectTwoWayAudio(page);
  await expect(page.getByText(/^Im Gespräch/)).toBeVisible();
  await expect(page.getByTestId("call-quality")).toHaveText(/^(Gute|Mäßige|Schlechte) Verbindung: RTT \d+ ms · Jitter/, { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Stumm" })).toBeVisible();
  await page.getByRole("button", { name: "Tastenfeld" }).click();
  await expect(page.getByRole("group", { name: "Tastenfeld" }).getByRole("button", { name: "Taste 5" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("hosted-in-call-de.png") });
  await page.getByRole("button", { name: "Auflegen" }).click();
  await expectState(page, "ended");
  await expect(dialer(page)).toHaveAttribute("data-reason", "hangup-visitor");
  await expect(page.getByTestId("end-message")).toContainText("Anruf beendet");
  expect(await dialer(page).innerText()).not.toMatch(/\b(call|the|connection|hang|ended)\b/i);
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  await ctx.close();
});
