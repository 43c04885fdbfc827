import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, createUser, testDb, signInViaHttp } from "./fixtures/auth";
import { actionOutcome, callAction, captureAction } from "./fixtures/server-action";

async function inviteThroughUi(page: Page, orgSlug: string, email: string, role: "Admin" | "Viewer") {
  await page.goto(`/o/${orgSlug}/settings/members`);
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite member" });
  await dialog.getByLabel("Email address").fill(email);
  await dialog.getByLabel("Role").selectOption(role.toUpperCase());
  await dialog.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel("Invite link", { exact: true }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Done" }).click();
  return new URL(link).pathname;
}

test("an owner invites an existing user, who signs in, opens the link and lands in the organization", async ({ page, owner, browser }) => {
  const invitee = await createUser(testDb(), { name: "Invited Person" });
  const path = await inviteThroughUi(page, owner.org.slug, invitee.email.toUpperCase(), "Admin");
  await expect(page.getByRole("list", { name: "Pending invites" })).toContainText(invitee.email);

  const other = await browser.newContext();
  try {
    await signInViaHttp(other.request, invitee.email, invitee.password);
    const p2 = await other.newPage();
    await p2.goto(path);
    await p2.getByRole("button", { name: `Join ${owner.org.name}` }).click();
    await expect(p2).toHaveURL(new RegExp(`/o/${owner.org.slug}/widgets$`));
    await expect(p2.getByRole("button", { name: /Switch organization/ })).toContainText(owner.org.name);
    // The link worked once: opening it again says so instead of joining anyone.
    await p2.goto(path);
    await expect(p2.getByRole("heading", { name: "This invite can no longer be used" })).toBeVisible();
  } finally {
    await other.close();
  }

  const membership = await testDb().membership.findFirst({ where: { organizationId: owner.org.id, userId: invitee.id } });
  expect(membership?.role).toBe("ADMIN");
  await page.goto(`/o/${owner.org.slug}/settings/audit`);
  await expect(page.getByRole("cell", { name: "invite.accept" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "invite.create" })).toBeVisible();
});

test("someone new creates an account from the invite and lands in the organization", async ({ page, owner, browser }) => {
  const email = `new-${randomBytes(4).toString("hex")}@example.test`;
  const path = await inviteThroughUi(page, owner.org.slug, email, "Viewer");
  const visitor = await browser.newContext();
  try {
    const p2 = await visitor.newPage();
    await p2.goto(path);
    await expect(p2.getByLabel("Email")).toHaveValue(email);
    await p2.getByLabel("Your name").fill("Brand New");
    await p2.getByLabel("Password").fill("short");
    await p2.getByRole("button", { name: /Create account and join/ }).click();
    // The browser's own minlength check stops a short password before it is sent; nothing was created.
    expect(await testDb().user.count({ where: { email } })).toBe(0);
    await p2.getByLabel("Password").fill("a-very-long-password");
    const signup = await captureAction(p2, () => p2.getByRole("button", { name: /Create account and join/ }).click());
    await expect(p2).toHaveURL(new RegExp(`/o/${owner.org.slug}/widgets$`));
    // The same action called directly with bad input: a clear field error, and still exactly one account.
    const token = path.split("/").pop();
    const bad = await callAction(visitor.request, signup, [{ token, name: " ", password: "short" }]);
    expect(actionOutcome(bad.text)).toEqual({ ok: false, code: "bad_request" });
    expect(bad.text).toContain("Use at least 12 characters.");
    await expect(p2.getByText(email)).toBeVisible();
  } finally {
    await visitor.close();
  }
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  expect(user.memberships).toMatchObject([{ organizationId: owner.org.id, role: "VIEWER" }]);
});

test("a forwarded link is useless to another account, and a revoked link says so", async ({ page, owner, browser }) => {
  const invitee = await createUser(testDb());
  const stranger = await createUser(testDb());
  const path = await inviteThroughUi(page, owner.org.slug, invitee.email, "Viewer");

  const other = await browser.newContext();
  try {
    await signInViaHttp(other.request, stranger.email, stranger.password);
    const p2 = await other.newPage();
    await p2.goto(path);
    await expect(p2.getByRole("heading", { name: "This invite is for someone else" })).toBeVisible();
    await expect(p2.getByRole("button", { name: /^Join / })).toHaveCount(0);

    await page.goto(`/o/${owner.org.slug}/settings/members`);
    await page.getByRole("button", { name: `Revoke invite for ${invitee.email}` }).click();
    await expect(page.getByRole("list", { name: "Pending invites" })).toHaveCount(0);
    await p2.goto(path);
    await expect(p2.getByText("This invite was revoked.")).toBeVisible();
  } finally {
    await other.close();
  }
  expect(await testDb().membership.count({ where: { organizationId: owner.org.id } })).toBe(1);
});
