import { verify } from "@node-rs/argon2";
import { expect, test } from "vitest";
import { createUser } from "@/prisma/factories";
import { auditCount, db, orgWith } from "@/test/org-fixtures";
import { acceptInviteWithSignup } from "./accept-invite-with-signup";
import { createInvite } from "./create-invite";
import { findInviteByToken } from "./find-invite-by-token";

const email = () => `new-${Math.random().toString(36).slice(2)}@example.test`;

test("creates the account with the invited email and role, and accepts in one step", async () => {
  const { org, actor } = await orgWith("OWNER");
  const to = email();
  const inv = await createInvite({ organizationId: org.id, actor, email: to, role: "ADMIN" });
  expect(await findInviteByToken(inv.token)).toMatchObject({ email: to, status: "pending", accountExists: false, orgName: org.name });
  const result = await acceptInviteWithSignup({ token: inv.token, name: "New Person", password: "a-long-password-1" });
  expect(result).toEqual({ orgSlug: org.slug, email: to });
  const user = await db.user.findUniqueOrThrow({ where: { email: to }, include: { memberships: true } });
  expect(user.memberships).toMatchObject([{ organizationId: org.id, role: "ADMIN" }]);
  expect(await verify(user.passwordHash, "a-long-password-1")).toBe(true);
  expect(await auditCount(org.id, "invite.accept")).toBe(1);
  expect((await findInviteByToken(inv.token))?.status).toBe("accepted");
  await expect(acceptInviteWithSignup({ token: inv.token, name: "Again", password: "a-long-password-2" })).rejects.toMatchObject({ code: "gone" });
});

test("an email that already has an account must sign in instead: nothing is created or used", async () => {
  const { org, actor } = await orgWith("OWNER");
  const existing = await createUser(db);
  const inv = await createInvite({ organizationId: org.id, actor, email: existing.email, role: "VIEWER" });
  const before = await auditCount(org.id);
  await expect(acceptInviteWithSignup({ token: inv.token, name: "X", password: "a-long-password-1" })).rejects.toMatchObject({ code: "conflict" });
  expect(await db.membership.count({ where: { organizationId: org.id, userId: existing.id } })).toBe(0);
  expect((await findInviteByToken(inv.token))?.status).toBe("pending");
  expect(await auditCount(org.id)).toBe(before);
});

test("an expired invite creates no account", async () => {
  const { org, actor } = await orgWith("OWNER");
  const to = email();
  const inv = await createInvite({ organizationId: org.id, actor, email: to, role: "VIEWER" });
  await db.invite.updateMany({ where: { id: inv.id, organizationId: org.id }, data: { expiresAt: new Date(Date.now() - 1) } });
  await expect(acceptInviteWithSignup({ token: inv.token, name: "X", password: "a-long-password-1" })).rejects.toMatchObject({ code: "gone" });
  expect(await db.user.count({ where: { email: to } })).toBe(0);
});

test("a made-up token is not found before any password hashing, and creates nothing", async () => {
  const started = performance.now();
  await expect(acceptInviteWithSignup({ token: "B".repeat(43), name: "X", password: "a-long-password-1" })).rejects.toMatchObject({ code: "not_found" });
  // One indexed look-up, no argon2 (which alone takes tens of ms with 19 MiB).
  expect(performance.now() - started).toBeLessThan(1000);
});
