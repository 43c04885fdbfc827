// Outside business hours: the hosted page shows the offline state with the next opening time and a callback form;
// the request appears in the dashboard.
import AxeBuilder from "@axe-core/playwright";
import { DateTime } from "luxon";
import { test, expect, testDb } from "./fixtures/auth";
import { createWidgetRow } from "../prisma/factories";

// Open every day, all day, except yesterday, today and tomorrow (holidays in the widget's zone): closed right now,
// whatever the time, and opening again the day after tomorrow.
function closedHours() {
  const now = DateTime.now().setZone("Europe/Berlin");
  const days = [-1, 0, 1].map((d) => now.plus({ days: d }).toISODate()!);
  return { alwaysOpen: false, timeZone: "Europe/Berlin", weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, from: "08:00", to: "18:00" })), holidays: days, offlineCallback: true };
}

test("closed: offline message and callback form; the request shows up in the dashboard", async ({ page, browser, owner }) => {
  const w = await createWidgetRow(testDb(), owner.org.id, { name: "After-hours line", hours: closedHours(), appearance: { companyName: "Northwind Plumbing", theme: "light" } });
  const visitor = await browser.newContext({ locale: "en-GB" });
  const v = await visitor.newPage();
  await v.goto(`/c/${w.slug}?utm_source=flyer`);
  await expect(v.getByRole("heading", { name: "We're closed right now" })).toBeVisible();
  await expect(v.getByText(/We open again .*8:00/)).toBeVisible();
  await expect(v.getByRole("button", { name: "Call now" })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page: v }).analyze();
  expect(violations.filter((x) => x.impact === "serious" || x.impact === "critical").map((x) => x.id)).toEqual([]);
  await v.screenshot({ path: test.info().outputPath("widgets-offline.png"), fullPage: true });

  await v.getByRole("button", { name: "Request callback" }).click();
  await expect(v.getByText("This field is required.")).toBeVisible();
  await v.getByLabel("Your name").fill("Grace Hopper");
  await v.getByLabel(/Phone number/).fill("+49 30 9876543");
  await v.getByLabel("Message (optional)").fill("Boiler makes a noise");
  await v.getByRole("button", { name: "Request callback" }).click();
  await expect(v.getByRole("status")).toHaveText(/We'll call you back/);
  await visitor.close();

  await page.goto(`/o/${owner.org.slug}/widgets`);
  await expect(page.getByRole("row", { name: /After-hours line/ }).getByText("Closed now")).toBeVisible();
  await page.getByRole("row", { name: /After-hours line/ }).getByText("1 open").click();
  const row = page.getByRole("row", { name: /Grace Hopper/ });
  await expect(row).toContainText("+49 30 9876543");
  await expect(row).toContainText("Boiler makes a noise");
  await expect(row).toContainText(`/c/${w.slug}?utm_source=flyer`);
  await row.getByRole("button", { name: "Mark handled" }).click();
  await expect(row.getByText("Handled")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("widgets-leads.png") });
});
