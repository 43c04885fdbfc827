import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { test, expect, addMember, testDb } from "./fixtures/auth";
import { createOrganization } from "../prisma/factories";

test("the org switcher lists my organizations, switches, and creates a new one I own", async ({ page, owner }) => {
  const second = await createOrganization(testDb(), { name: `Second ${randomBytes(3).toString("hex")}` });
  await addMember(testDb(), second.id, owner.user.id, "VIEWER");
  const stranger = await createOrganization(testDb());

  await page.goto(`/o/${owner.org.slug}/calls`);
  await page.getByRole("button", { name: /Switch organization/ }).click();
  const list = page.getByRole("navigation", { name: "Your organizations" });
  await expect(list.getByRole("link")).toHaveCount(2);
  await expect(list.getByRole("link", { name: owner.org.name, exact: true })).toHaveAttribute("aria-current", "true");
  await expect(list.getByRole("link", { name: second.name, exact: true })).toBeVisible();
  await expect(list).not.toContainText(stranger.name);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await list.getByRole("link", { name: second.name }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${second.slug}/widgets$`));
  await expect(page.getByRole("button", { name: /Switch organization/ })).toContainText("Viewer");

  const name = `Fresh Co ${randomBytes(3).toString("hex")}`;
  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("button", { name: "Create organization" }).click();
  const dialog = page.getByRole("dialog", { name: "Create organization" });
  await dialog.getByLabel("Organization name").fill(name);
  await dialog.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/o\/fresh-co-[a-f0-9]{6}\/widgets$/);
  await expect(page.getByRole("button", { name: /Switch organization/ })).toContainText("Owner");

  const created = await testDb().organization.findFirstOrThrow({ where: { name }, include: { memberships: true, auditLogs: true } });
  expect(created.memberships).toMatchObject([{ userId: owner.user.id, role: "OWNER" }]);
  expect(created.auditLogs.map((a) => a.action)).toEqual(["organization.create"]);
});

test("the phone layout hides the sidebar behind a menu button", async ({ page, owner }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/o/${owner.org.slug}/calls`);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  await page.getByRole("button", { name: "Open navigation" }).click();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Analytics" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${owner.org.slug}/analytics$`));
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
});

test("signing out from the user menu ends the session", async ({ page, owner }) => {
  await page.goto(`/o/${owner.org.slug}/calls`);
  await expect(page.getByText(owner.user.email)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/o/${owner.org.slug}/calls`);
  await expect(page).toHaveURL(/\/sign-in/);
});
