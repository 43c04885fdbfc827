import { test, expect, signedInContext, testDb } from "./fixtures/auth";
import { createOrganization } from "../prisma/factories";

test("a signed-in member sees their organization's dashboard", async ({ page, context }) => {
  const { org } = await signedInContext(context, "VIEWER");
  await page.goto(`/o/${org.slug}`);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/widgets$`));
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  await expect(page.getByText(org.name)).toBeVisible();
});

test("a member of org A gets 404 for org B's URLs", async ({ page, context }) => {
  await signedInContext(context, "OWNER");
  const other = await createOrganization(testDb());
  for (const path of ["", "/widgets", "/trunks", "/settings"]) {
    const res = await page.goto(`/o/${other.slug}${path}`);
    expect(res?.status(), path).toBe(404);
  }
});

test("signed-out visitors are sent to sign-in", async ({ page }) => {
  const org = await createOrganization(testDb());
  await page.goto(`/o/${org.slug}/widgets`);
  await expect(page).toHaveURL(/\/sign-in/);
});
