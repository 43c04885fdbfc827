// The one spec that drives the sign-in form (every other spec signs in over HTTP). Each test makes its own user.
// All browser tests reach the app from 127.0.0.1 and share its per-IP budget (50 failures / 15 min): this file
// spends 13 of them.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, testDb, createUser, addMember } from "./fixtures/auth";
import { createOrganization, createOrgWithUser } from "../prisma/factories";
import { SIGN_IN_ERRORS } from "../lib/shared/auth-schemas";

async function submit(page: Page, email: string, password: string) {
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

const alertWith = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });

test("signing in with the form lands on the dashboard page that was asked for", async ({ page }) => {
  const { org, user } = await createOrgWithUser(testDb());
  await page.goto(`/o/${org.slug}/widgets`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fo%2F/);
  await submit(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/widgets$`));
  await expect(page.getByText(org.name)).toBeVisible();
});

test("with the keyboard alone, sign-in goes to the first organization; /sign-in then skips the form", async ({ page }) => {
  const { org, user } = await createOrgWithUser(testDb());
  // A callbackUrl pointing off the site is ignored (an open redirect would send the user there after sign-in).
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("//127.0.0.1:9/phish")}`);
  await expect(page.getByLabel("Work email")).toBeFocused();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/widgets$`));
  await page.goto("/sign-in");
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/widgets$`));
});

test("signed-out visitors of / and /app are sent to sign-in", async ({ page }) => {
  for (const path of ["/", "/app"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in$/);
  }
});

test("while the server answers, the button shows progress and cannot be pressed again", async ({ page }) => {
  const { org, user } = await createOrgWithUser(testDb());
  // Hold the real request until the pending state has been checked, then let it through unchanged.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  let posts = 0;
  await page.route("**/api/auth/callback/credentials", async (route) => {
    posts++;
    await held;
    await route.continue();
  });
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Signing in…" })).toBeDisabled();
  await expect(page.locator("form")).toHaveAttribute("aria-busy", "true");
  // Enter in a field is the other way to submit; with the submit button disabled it must do nothing.
  await page.getByLabel("Password", { exact: true }).press("Enter");
  release();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/widgets$`));
  expect(posts).toBe(1);
});

test("a wrong password and an unknown email show the identical message", async ({ page }) => {
  const { user } = await createOrgWithUser(testDb());
  await page.goto("/sign-in");
  await submit(page, user.email, "not-the-password");
  await expect(alertWith(page, SIGN_IN_ERRORS.invalid)).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveValue(user.email);
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  const known = await page.locator("form").innerHTML();

  await page.goto("/sign-in");
  const ghost = `nobody-${randomBytes(5).toString("hex")}@example.test`;
  await submit(page, ghost, "not-the-password");
  await expect(alertWith(page, SIGN_IN_ERRORS.invalid)).toBeVisible();
  expect((await page.locator("form").innerHTML()).replace(ghost, user.email)).toBe(known);
});

test("bad input is caught in the form with field messages, without asking the server", async ({ page }) => {
  let posted = false;
  page.on("request", (r) => void (r.url().includes("/callback/credentials") && (posted = true)));
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  expect(posted).toBe(false);
});

test("after 10 failures the account is throttled, even with the right password", async ({ page }) => {
  const { user } = await createOrgWithUser(testDb());
  await page.goto("/sign-in");
  for (let i = 0; i < 10; i++) await submit(page, user.email, `wrong-${i}`);
  await expect(alertWith(page, SIGN_IN_ERRORS.invalid)).toBeVisible();
  await submit(page, user.email, user.password);
  await expect(alertWith(page, SIGN_IN_ERRORS.throttled)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("signing out returns to sign-in, and a copy of the old cookie no longer opens the dashboard", async ({ page, context, browser, baseURL }) => {
  const user = await createUser(testDb());
  await page.goto("/sign-in");
  await submit(page, user.email, user.password);
  await expect(page.getByRole("heading", { name: "No organization yet" })).toBeVisible();
  await expect(page).toHaveURL(/\/app$/);

  // Now give them an organization and prove the copied cookie opens it in another browser.
  const org = await createOrganization(testDb());
  await addMember(testDb(), org.id, user.id, "VIEWER");
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(await context.cookies());
  const thiefPage = await thief.newPage();
  await thiefPage.goto(`/o/${org.slug}/widgets`);
  await expect(thiefPage.getByText(org.name)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await thiefPage.reload();
  await expect(thiefPage).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("a disabled user's open session is refused on the next request, and signing in again is refused", async ({ page }) => {
  const { org, user } = await createOrgWithUser(testDb());
  await page.goto("/sign-in");
  await submit(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/widgets$`));

  await testDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await submit(page, user.email, user.password);
  await expect(alertWith(page, SIGN_IN_ERRORS.disabled)).toBeVisible();
});

test("the sign-in page has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/sign-in?error=invalid");
  await expect(alertWith(page, SIGN_IN_ERRORS.invalid)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
