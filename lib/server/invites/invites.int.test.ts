import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { createUser } from "@/prisma/factories";
import { actorOf, auditCount, db, member, orgWith } from "@/test/org-fixtures";
import { acceptInvite } from "./accept-invite";
import { createInvite } from "./create-invite";
import { findInviteByToken } from "./find-invite-by-token";
import { newInviteToken } from "./invite-token";
import { listPendingInvites } from "./list-pending-invites";
import { renewInviteLink } from "./renew-invite-link";
import { revokeInvite } from "./revoke-invite";

const email = () => `invitee-${Math.random().toString(36).slice(2)}@example.test`;
const isMember = async (organizationId: string, userId: string) => (await db.membership.findFirst({ where: { organizationId, userId } }))?.role ?? null;

describe("createInvite", () => {
  test("returns a 32-byte token once; the stored row holds only its SHA-256 and expires in 7 days", async () => {
    const { org, actor } = await orgWith("ADMIN");
    const inv = await createInvite({ organizationId: org.id, actor, email: email(), role: "VIEWER" });
    expect(Buffer.from(inv.token, "base64url")).toHaveLength(32);
    const [raw] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Invite" WHERE id = ${inv.id}`;
    expect(JSON.stringify(raw)).not.toContain(inv.token);
    expect(raw!.tokenHash).toBe(createHash("sha256").update(inv.token).digest("hex"));
    const days = ((raw!.expiresAt as Date).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(await auditCount(org.id, "invite.create")).toBe(1);
    const entry = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(JSON.stringify(entry)).not.toContain(inv.token);
  });

  test("admins cannot invite owners and viewers cannot invite at all: no row, no audit", async () => {
    const { org } = await orgWith("OWNER");
    const admin = await member(org.id, "ADMIN");
    const viewer = await member(org.id, "VIEWER");
    await expect(createInvite({ organizationId: org.id, actor: admin.actor, email: email(), role: "OWNER" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createInvite({ organizationId: org.id, actor: viewer.actor, email: email(), role: "VIEWER" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.invite.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await auditCount(org.id)).toBe(0);
  });

  test("owners may invite owners; an existing member's email is a conflict", async () => {
    const { org, user, actor } = await orgWith("OWNER");
    await expect(createInvite({ organizationId: org.id, actor, email: email(), role: "OWNER" })).resolves.toMatchObject({ role: "OWNER" });
    await expect(createInvite({ organizationId: org.id, actor, email: user.email, role: "VIEWER" })).rejects.toMatchObject({ code: "conflict" });
  });

  test("inviting the same email again replaces the pending invite: the old link stops working", async () => {
    const { org, actor } = await orgWith("OWNER");
    const to = email();
    const first = await createInvite({ organizationId: org.id, actor, email: to, role: "VIEWER" });
    const second = await createInvite({ organizationId: org.id, actor, email: to, role: "ADMIN" });
    expect((await findInviteByToken(first.token))?.status).toBe("revoked");
    expect((await listPendingInvites(org.id)).map((i) => i.id)).toEqual([second.id]);
  });

  test("an organization id the actor does not belong to is not found", async () => {
    const a = await orgWith("OWNER");
    const b = await orgWith("OWNER");
    await expect(createInvite({ organizationId: b.org.id, actor: a.actor, email: email(), role: "VIEWER" })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.invite.count({ where: { organizationId: b.org.id } })).toBe(0);
  });
});

describe("acceptInvite", () => {
  test("the invited user (email matched case-insensitively) joins with the invited role; the link then refuses reuse", async () => {
    const { org, actor } = await orgWith("OWNER");
    const invitee = await createUser(db);
    const inv = await createInvite({ organizationId: org.id, actor, email: invitee.email.toUpperCase().toLowerCase(), role: "ADMIN" });
    const result = await acceptInvite({ actor: { ...actorOf(invitee), email: invitee.email.toUpperCase() }, token: inv.token });
    expect(result).toEqual({ orgSlug: org.slug, alreadyMember: false });
    expect(await isMember(org.id, invitee.id)).toBe("ADMIN");
    expect(await auditCount(org.id, "invite.accept")).toBe(1);
    // Accepting again while a member is harmless; after leaving, the used link no longer works.
    await expect(acceptInvite({ actor: actorOf(invitee), token: inv.token })).resolves.toMatchObject({ alreadyMember: true });
    await db.membership.deleteMany({ where: { organizationId: org.id, userId: invitee.id } });
    await expect(acceptInvite({ actor: actorOf(invitee), token: inv.token })).rejects.toMatchObject({ code: "gone" });
    expect(await isMember(org.id, invitee.id)).toBeNull();
  });

  test("someone else holding the link cannot use it", async () => {
    const { org, actor } = await orgWith("OWNER");
    const inv = await createInvite({ organizationId: org.id, actor, email: email(), role: "VIEWER" });
    const stranger = await createUser(db);
    await expect(acceptInvite({ actor: actorOf(stranger), token: inv.token })).rejects.toMatchObject({ code: "forbidden" });
    expect(await isMember(org.id, stranger.id)).toBeNull();
    expect((await findInviteByToken(inv.token))?.status).toBe("pending");
  });

  test("an already-member accepting does not change their role", async () => {
    const { org } = await orgWith("OWNER");
    const v = await member(org.id, "VIEWER");
    // Invited before joining some other way: createInvite would refuse a member's email, so write the row directly.
    const { token, tokenHash } = newInviteToken();
    await db.invite.create({ data: { organizationId: org.id, email: v.user.email, role: "OWNER", tokenHash, expiresAt: new Date(Date.now() + 1e6) } });
    await expect(acceptInvite({ actor: v.actor, token })).resolves.toEqual({ orgSlug: org.slug, alreadyMember: true });
    expect(await isMember(org.id, v.user.id)).toBe("VIEWER");
  });

  test("expired and revoked invites are refused with a clear message, and nothing is written", async () => {
    const { org, actor } = await orgWith("OWNER");
    const a = await createUser(db);
    const b = await createUser(db);
    const expired = await createInvite({ organizationId: org.id, actor, email: a.email, role: "VIEWER" });
    await db.invite.updateMany({ where: { id: expired.id, organizationId: org.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await createInvite({ organizationId: org.id, actor, email: b.email, role: "VIEWER" });
    await revokeInvite({ organizationId: org.id, actor, inviteId: revoked.id });
    const before = await auditCount(org.id);
    await expect(acceptInvite({ actor: actorOf(a), token: expired.token })).rejects.toMatchObject({ code: "gone", message: expect.stringMatching(/expired/) });
    await expect(acceptInvite({ actor: actorOf(b), token: revoked.token })).rejects.toMatchObject({ code: "gone", message: expect.stringMatching(/revoked/) });
    expect([await isMember(org.id, a.id), await isMember(org.id, b.id)]).toEqual([null, null]);
    expect(await auditCount(org.id)).toBe(before);
    expect(await listPendingInvites(org.id)).toEqual([]);
  });

  test("an unknown token is not found", async () => {
    const user = await createUser(db);
    await expect(acceptInvite({ actor: actorOf(user), token: "A".repeat(43) })).rejects.toMatchObject({ code: "not_found" });
  });

  test("the same invite accepted twice at once: one membership", async () => {
    const { org, actor } = await orgWith("OWNER");
    const invitee = await createUser(db);
    const inv = await createInvite({ organizationId: org.id, actor, email: invitee.email, role: "VIEWER" });
    const results = await Promise.allSettled([1, 2, 3].map(() => acceptInvite({ actor: actorOf(invitee), token: inv.token })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.membership.count({ where: { organizationId: org.id, userId: invitee.id } })).toBe(1);
    expect(await auditCount(org.id, "invite.accept")).toBe(1);
  });
});

describe("revokeInvite, renewInviteLink, listPendingInvites", () => {
  test("another organization's invite id is not found for revoke and renew, and stays usable", async () => {
    const a = await orgWith("OWNER");
    const b = await orgWith("OWNER");
    const inv = await createInvite({ organizationId: b.org.id, actor: b.actor, email: email(), role: "VIEWER" });
    await expect(revokeInvite({ organizationId: a.org.id, actor: a.actor, inviteId: inv.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(renewInviteLink({ organizationId: a.org.id, actor: a.actor, inviteId: inv.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await findInviteByToken(inv.token))?.status).toBe("pending");
    expect(await listPendingInvites(a.org.id)).toEqual([]);
  });

  test("renewing issues a new link and kills the old one", async () => {
    const { org, actor } = await orgWith("OWNER");
    const invitee = await createUser(db);
    const inv = await createInvite({ organizationId: org.id, actor, email: invitee.email, role: "VIEWER" });
    const renewed = await renewInviteLink({ organizationId: org.id, actor, inviteId: inv.id });
    expect(renewed.token).not.toBe(inv.token);
    expect(await findInviteByToken(inv.token)).toBeNull();
    await expect(acceptInvite({ actor: actorOf(invitee), token: inv.token })).rejects.toMatchObject({ code: "not_found" });
    await acceptInvite({ actor: actorOf(invitee), token: renewed.token });
    expect(await isMember(org.id, invitee.id)).toBe("VIEWER");
    expect(await auditCount(org.id, "invite.renew")).toBe(1);
  });

  test("admins cannot revoke an owner's invite", async () => {
    const { org, actor } = await orgWith("OWNER");
    const admin = await member(org.id, "ADMIN");
    const inv = await createInvite({ organizationId: org.id, actor, email: email(), role: "OWNER" });
    await expect(revokeInvite({ organizationId: org.id, actor: admin.actor, inviteId: inv.id })).rejects.toMatchObject({ code: "forbidden" });
    expect((await listPendingInvites(org.id)).map((i) => i.id)).toEqual([inv.id]);
  });
});
