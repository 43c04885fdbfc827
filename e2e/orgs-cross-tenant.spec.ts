import { test, expect, addMember, createUser, testDb } from "./fixtures/auth";
import { createOrgWithUser } from "../prisma/factories";
import { actionOutcome, callAction, captureAction } from "./fixtures/server-action";

test("a member of org A gets 404 for every org B settings, members, audit and section URL", async ({ page, owner }) => {
  const b = await createOrgWithUser(testDb(), "OWNER");
  for (const path of ["", "/settings", "/settings/members", "/settings/audit", "/settings/audit?page=2", "/calls", "/analytics"]) {
    const res = await page.goto(`/o/${b.org.slug}${path}`);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText(b.org.name)).toHaveCount(0);
  }
  // Own organization still works with the same session (the 404s are about B, not a broken session).
  const mine = await page.goto(`/o/${owner.org.slug}/settings/members`);
  expect(mine?.status()).toBe(200);
});

test("a member of org A cannot act on org B through server actions, with B's slug or B's ids", async ({ page, owner }) => {
  const db = testDb();
  const b = await createOrgWithUser(db, "OWNER");
  const bViewer = await createUser(db);
  const bMembership = await addMember(db, b.org.id, bViewer.id, "VIEWER");
  const aViewer = await createUser(db);
  await addMember(db, owner.org.id, aViewer.id, "VIEWER");

  await page.goto(`/o/${owner.org.slug}/settings/members`);
  const changeRole = await captureAction(page, () => page.getByLabel(`Role for ${aViewer.email}`).selectOption("ADMIN"));
  await page.getByRole("button", { name: "Invite member" }).click();
  await page.getByLabel("Email address").fill("a-invitee@example.test");
  const invite = await captureAction(page, () => page.getByRole("button", { name: "Create invite link" }).click());
  await expect(page.getByLabel("Invite link", { exact: true })).toBeVisible();

  const attempts = [
    callAction(page.request, changeRole, [b.org.slug, { membershipId: bMembership.id, role: "ADMIN" }]),
    callAction(page.request, changeRole, [owner.org.slug, { membershipId: bMembership.id, role: "ADMIN" }]),
    callAction(page.request, invite, [b.org.slug, { email: "intruder@example.test", role: "ADMIN" }]),
  ];
  for (const res of await Promise.all(attempts)) expect(actionOutcome(res.text)).toEqual({ ok: false, code: "not_found" });

  expect((await db.membership.findUniqueOrThrow({ where: { id: bMembership.id } })).role).toBe("VIEWER");
  expect(await db.invite.count({ where: { organizationId: b.org.id } })).toBe(0);
  expect(await db.auditLog.count({ where: { organizationId: b.org.id } })).toBe(0);
});

test("a cross-site POST of a server action is refused even with a valid session", async ({ page, owner }) => {
  const db = testDb();
  const v = await createUser(db);
  const m = await addMember(db, owner.org.id, v.id, "VIEWER");
  await page.goto(`/o/${owner.org.slug}/settings/members`);
  const action = await captureAction(page, () => page.getByLabel(`Role for ${v.email}`).selectOption("ADMIN"));
  await expect.poll(async () => (await db.membership.findUniqueOrThrow({ where: { id: m.id } })).role).toBe("ADMIN");
  const res = await page.request.post(action.url, {
    headers: { "next-action": action.actionId, "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" },
    data: JSON.stringify([owner.org.slug, { membershipId: m.id, role: "VIEWER" }]),
  });
  // Next itself refuses an action whose Origin does not match the host; either way nothing changes.
  expect(res.status() >= 400 || actionOutcome(await res.text()).ok === false).toBe(true);
  expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).role).toBe("ADMIN");
});
