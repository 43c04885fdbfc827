import { describe, expect, test } from "vitest";
import { auditCount, db, member, orgWith } from "@/test/org-fixtures";
import { changeMemberRole } from "./change-member-role";
import { leaveOrganization } from "./leave-organization";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";

const roleOf = async (id: string) => (await db.membership.findUnique({ where: { id } }))?.role ?? null;

describe("listMembers", () => {
  test("lists the organization's members with name and email, owners first, no one else's", async () => {
    const { org, user } = await orgWith("OWNER");
    const viewer = await member(org.id, "VIEWER");
    await orgWith("OWNER");
    const list = await listMembers(org.id);
    expect(list.map((m) => [m.email, m.role])).toEqual([[user.email, "OWNER"], [viewer.user.email, "VIEWER"]]);
  });
});

describe("changeMemberRole", () => {
  test("an owner promotes a viewer, and the change is audited with from/to", async () => {
    const { org, actor } = await orgWith("OWNER");
    const v = await member(org.id, "VIEWER");
    await changeMemberRole({ organizationId: org.id, actor, membershipId: v.membership.id, role: "ADMIN" });
    expect(await roleOf(v.membership.id)).toBe("ADMIN");
    const entry = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.id, action: "member.role_change" } });
    expect(entry).toMatchObject({ actorUserId: actor.userId, resourceId: v.membership.id, metadata: { from: "VIEWER", to: "ADMIN" } });
  });

  test("admins cannot make owners nor demote owners; nothing changes and nothing is audited", async () => {
    const { org, user } = await orgWith("OWNER");
    const owner = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id } });
    const admin = await member(org.id, "ADMIN");
    const v = await member(org.id, "VIEWER");
    await expect(changeMemberRole({ organizationId: org.id, actor: admin.actor, membershipId: v.membership.id, role: "OWNER" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeMemberRole({ organizationId: org.id, actor: admin.actor, membershipId: owner.id, role: "VIEWER" })).rejects.toMatchObject({ code: "forbidden" });
    expect([await roleOf(v.membership.id), await roleOf(owner.id)]).toEqual(["VIEWER", "OWNER"]);
    expect(await auditCount(org.id)).toBe(0);
  });

  test("a viewer cannot change roles, even their own", async () => {
    const { org } = await orgWith("OWNER");
    const v = await member(org.id, "VIEWER");
    await expect(changeMemberRole({ organizationId: org.id, actor: v.actor, membershipId: v.membership.id, role: "ADMIN" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await roleOf(v.membership.id)).toBe("VIEWER");
  });

  test("the last owner cannot be demoted", async () => {
    const { org, user, actor } = await orgWith("OWNER");
    const owner = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id } });
    await expect(changeMemberRole({ organizationId: org.id, actor, membershipId: owner.id, role: "ADMIN" })).rejects.toMatchObject({ code: "conflict" });
    expect(await roleOf(owner.id)).toBe("OWNER");
    expect(await auditCount(org.id)).toBe(0);
  });

  test("another organization's membership id is not found and unchanged", async () => {
    const a = await orgWith("OWNER");
    const b = await orgWith("OWNER");
    const bViewer = await member(b.org.id, "VIEWER");
    await expect(changeMemberRole({ organizationId: a.org.id, actor: a.actor, membershipId: bViewer.membership.id, role: "ADMIN" })).rejects.toMatchObject({ code: "not_found" });
    // Passing B's organization id without being B's member is not found too.
    await expect(changeMemberRole({ organizationId: b.org.id, actor: a.actor, membershipId: bViewer.membership.id, role: "ADMIN" })).rejects.toMatchObject({ code: "not_found" });
    expect(await roleOf(bViewer.membership.id)).toBe("VIEWER");
    expect(await auditCount(b.org.id)).toBe(0);
  });

  test("two owners demoting each other at the same moment: exactly one succeeds, one owner remains", async () => {
    for (let round = 0; round < 5; round++) {
      const { org, user, actor } = await orgWith("OWNER");
      const a = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id } });
      const b = await member(org.id, "OWNER");
      const results = await Promise.allSettled([
        changeMemberRole({ organizationId: org.id, actor, membershipId: b.membership.id, role: "VIEWER" }),
        changeMemberRole({ organizationId: org.id, actor: b.actor, membershipId: a.id, role: "VIEWER" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      // The loser was either demoted first (now a viewer: forbidden) or saw one owner left (conflict).
      expect(["forbidden", "conflict"]).toContain((rejected as PromiseRejectedResult).reason.code);
      expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
      expect(await auditCount(org.id, "member.role_change")).toBe(1);
    }
  });
});

describe("removeMember and leaveOrganization", () => {
  test("an admin removes a viewer, with an audit entry", async () => {
    const { org } = await orgWith("OWNER");
    const admin = await member(org.id, "ADMIN");
    const v = await member(org.id, "VIEWER");
    await removeMember({ organizationId: org.id, actor: admin.actor, membershipId: v.membership.id });
    expect(await roleOf(v.membership.id)).toBeNull();
    expect(await auditCount(org.id, "member.remove")).toBe(1);
  });

  test("an admin cannot remove an owner; the last owner cannot be removed by themselves", async () => {
    const { org, user, actor } = await orgWith("OWNER");
    const owner = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id } });
    const admin = await member(org.id, "ADMIN");
    await expect(removeMember({ organizationId: org.id, actor: admin.actor, membershipId: owner.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember({ organizationId: org.id, actor, membershipId: owner.id })).rejects.toMatchObject({ code: "conflict" });
    expect(await roleOf(owner.id)).toBe("OWNER");
    expect(await auditCount(org.id)).toBe(0);
  });

  test("another organization's membership id is not found and not removed", async () => {
    const a = await orgWith("OWNER");
    const b = await orgWith("OWNER");
    const bViewer = await member(b.org.id, "VIEWER");
    await expect(removeMember({ organizationId: a.org.id, actor: a.actor, membershipId: bViewer.membership.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await roleOf(bViewer.membership.id)).toBe("VIEWER");
  });

  test("the last owner cannot leave; a viewer can; an owner can once another owner exists", async () => {
    const { org, actor } = await orgWith("OWNER");
    await expect(leaveOrganization({ organizationId: org.id, actor })).rejects.toMatchObject({ code: "conflict" });
    const v = await member(org.id, "VIEWER");
    await leaveOrganization({ organizationId: org.id, actor: v.actor });
    expect(await roleOf(v.membership.id)).toBeNull();
    await member(org.id, "OWNER");
    await leaveOrganization({ organizationId: org.id, actor });
    expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
    expect(await auditCount(org.id, "member.leave")).toBe(2);
  });

  test("leaving an organization you are not in is not found", async () => {
    const a = await orgWith("OWNER");
    const b = await orgWith("VIEWER");
    await expect(leaveOrganization({ organizationId: b.org.id, actor: a.actor })).rejects.toMatchObject({ code: "not_found" });
  });
});
