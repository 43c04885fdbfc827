import { test, expect, signedInContext, addMember, createUser, testDb } from "./fixtures/auth";
import { actionOutcome, callAction, captureAction } from "./fixtures/server-action";

const roleOf = async (organizationId: string, userId: string) =>
  (await testDb().membership.findFirst({ where: { organizationId, userId } }))?.role ?? null;

test("a viewer sees settings read-only, and replaying an owner's server actions as the viewer changes nothing", async ({ page, owner, browser }) => {
  const db = testDb();
  const target = await createUser(db);
  await addMember(db, owner.org.id, target.id, "VIEWER");
  // The owner's real requests, captured from the page: a role change and an invite.
  await page.goto(`/o/${owner.org.slug}/settings/members`);
  const changeRole = await captureAction(page, () => page.getByLabel(`Role for ${target.email}`).selectOption("ADMIN"));
  await expect.poll(() => roleOf(owner.org.id, target.id)).toBe("ADMIN");
  await page.getByRole("button", { name: "Invite member" }).click();
  await page.getByLabel("Email address").fill("someone@example.test");
  const invite = await captureAction(page, () => page.getByRole("button", { name: "Create invite link" }).click());
  await expect(page.getByLabel("Invite link", { exact: true })).toBeVisible();

  const viewerCtx = await browser.newContext();
  try {
    const { user: viewer } = await signedInContext(viewerCtx, "VIEWER");
    await addMember(db, owner.org.id, viewer.id, "VIEWER");
    const vp = await viewerCtx.newPage();
    await vp.goto(`/o/${owner.org.slug}/settings/members`);
    await expect(vp.getByRole("list", { name: "Members" })).toContainText(target.email);
    await expect(vp.getByRole("button", { name: "Invite member" })).toHaveCount(0);
    await expect(vp.getByRole("combobox")).toHaveCount(0);
    await expect(vp.getByRole("button", { name: /^Remove / })).toHaveCount(0);
    await expect(vp.getByRole("button", { name: /^Revoke invite/ })).toHaveCount(0);
    await vp.goto(`/o/${owner.org.slug}/settings`);
    await expect(vp.getByRole("button", { name: "Save" })).toHaveCount(0);

    const demote = await callAction(viewerCtx.request, changeRole, [owner.org.slug, { membershipId: (await db.membership.findFirstOrThrow({ where: { organizationId: owner.org.id, userId: target.id } })).id, role: "VIEWER" }]);
    expect(actionOutcome(demote.text)).toEqual({ ok: false, code: "forbidden" });
    const inv = await callAction(viewerCtx.request, invite, [owner.org.slug, { email: "viewer-sneaks@example.test", role: "ADMIN" }]);
    expect(actionOutcome(inv.text)).toEqual({ ok: false, code: "forbidden" });
  } finally {
    await viewerCtx.close();
  }
  expect(await roleOf(owner.org.id, target.id)).toBe("ADMIN");
  expect(await db.invite.count({ where: { organizationId: owner.org.id, email: "viewer-sneaks@example.test" } })).toBe(0);
});

test("a viewer promoted to admin now sees the mutating controls", async ({ page, owner, browser }) => {
  const db = testDb();
  const other = await createUser(db);
  await addMember(db, owner.org.id, other.id, "VIEWER");
  const ctx = await browser.newContext();
  try {
    const { user } = await signedInContext(ctx, "VIEWER");
    await addMember(db, owner.org.id, user.id, "VIEWER");
    const vp = await ctx.newPage();
    await vp.goto(`/o/${owner.org.slug}/settings/members`);
    await expect(vp.getByRole("button", { name: "Invite member" })).toHaveCount(0);

    await page.goto(`/o/${owner.org.slug}/settings/members`);
    await page.getByLabel(`Role for ${user.email}`).selectOption("ADMIN");
    await expect.poll(() => roleOf(owner.org.id, user.id)).toBe("ADMIN");

    await vp.reload();
    await expect(vp.getByRole("button", { name: "Invite member" })).toBeVisible();
    await expect(vp.getByLabel(`Role for ${other.email}`)).toBeVisible();
    // Admins may not touch owners: no control is rendered for the owner's row.
    await expect(vp.getByLabel(`Role for ${owner.user.email}`)).toHaveCount(0);
  } finally {
    await ctx.close();
  }
});

test("an admin demoted to viewer can no longer mutate, even by calling the server action directly", async ({ page, owner, browser }) => {
  const db = testDb();
  const target = await createUser(db);
  const targetMembership = await addMember(db, owner.org.id, target.id, "VIEWER");
  const ctx = await browser.newContext();
  try {
    const { user: admin } = await signedInContext(ctx, "VIEWER");
    await addMember(db, owner.org.id, admin.id, "ADMIN");
    const ap = await ctx.newPage();
    await ap.goto(`/o/${owner.org.slug}/settings/members`);
    const action = await captureAction(ap, () => ap.getByLabel(`Role for ${target.email}`).selectOption("ADMIN"));
    await expect.poll(() => roleOf(owner.org.id, target.id)).toBe("ADMIN");
    // Control: the same request replayed while still an admin works.
    const allowed = await callAction(ctx.request, action, [owner.org.slug, { membershipId: targetMembership.id, role: "VIEWER" }]);
    expect(actionOutcome(allowed.text)).toEqual({ ok: true });
    expect(await roleOf(owner.org.id, target.id)).toBe("VIEWER");

    await page.goto(`/o/${owner.org.slug}/settings/members`);
    await page.getByLabel(`Role for ${admin.email}`).selectOption("VIEWER");
    await expect.poll(() => roleOf(owner.org.id, admin.id)).toBe("VIEWER");

    const refused = await callAction(ctx.request, action, [owner.org.slug, { membershipId: targetMembership.id, role: "ADMIN" }]);
    expect(actionOutcome(refused.text)).toEqual({ ok: false, code: "forbidden" });
    expect(await roleOf(owner.org.id, target.id)).toBe("VIEWER");
    await ap.reload();
    await expect(ap.getByRole("combobox")).toHaveCount(0);
    await expect(ap.getByRole("button", { name: "Invite member" })).toHaveCount(0);
  } finally {
    await ctx.close();
  }
});

test("general settings: an owner renames the organization (audited); the only owner cannot leave", async ({ page, owner }) => {
  await page.goto(`/o/${owner.org.slug}/settings`);
  await expect(page.getByRole("button", { name: "Leave organization" })).toBeDisabled();
  await expect(page.getByText("You are the only owner.")).toBeVisible();
  await page.getByLabel("Organization name").fill("x");
  await page.getByRole("button", { name: "Save" }).click();
  // The browser's minlength stops one character; a blank-padded name is trimmed by the server schema.
  expect((await testDb().organization.findUniqueOrThrow({ where: { id: owner.org.id } })).name).toBe(owner.org.name);
  await page.getByLabel("Organization name").fill("Renamed by e2e");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByRole("button", { name: /Switch organization/ })).toContainText("Renamed by e2e");
  expect((await testDb().organization.findUniqueOrThrow({ where: { id: owner.org.id } })).name).toBe("Renamed by e2e");
  await page.goto(`/o/${owner.org.slug}/settings/audit`);
  await expect(page.getByRole("cell", { name: "organization.rename" })).toBeVisible();
});

test("a viewer can leave the organization; the audit log records it", async ({ page, owner, browser }) => {
  const ctx = await browser.newContext();
  try {
    const { user, org: own } = await signedInContext(ctx, "VIEWER");
    await addMember(testDb(), owner.org.id, user.id, "VIEWER");
    const vp = await ctx.newPage();
    await vp.goto(`/o/${owner.org.slug}/settings`);
    await vp.getByRole("button", { name: "Leave organization" }).click();
    await vp.getByRole("dialog", { name: `Leave ${owner.org.name}?` }).getByRole("button", { name: "Leave organization" }).click();
    // Leaving goes through the front door (/app), which forwards to the organization the viewer still has.
    await expect(vp).toHaveURL(new RegExp(`/o/${own.slug}/widgets$`));
    expect(await roleOf(owner.org.id, user.id)).toBeNull();
    expect((await vp.goto(`/o/${owner.org.slug}/settings`))?.status()).toBe(404);
  } finally {
    await ctx.close();
  }
  await page.goto(`/o/${owner.org.slug}/settings/audit`);
  await expect(page.getByRole("cell", { name: "member.leave" })).toBeVisible();
});

test("an owner removes a member from the members page", async ({ page, owner }) => {
  const v = await createUser(testDb(), { name: "Leaving Soon" });
  await addMember(testDb(), owner.org.id, v.id, "VIEWER");
  await page.goto(`/o/${owner.org.slug}/settings/members`);
  await page.getByRole("button", { name: `Remove ${v.email}` }).click();
  await page.getByRole("dialog", { name: "Remove Leaving Soon?" }).getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByRole("list", { name: "Members" })).not.toContainText(v.email);
  expect(await roleOf(owner.org.id, v.id)).toBeNull();
});
