import { describe, expect, test } from "vitest";
import { assignableRoles, checkInviteRole, checkLeave, checkRemoval, checkRoleChange } from "./role-rules";

describe("checkRoleChange", () => {
  test("owners may promote and demote anyone while another owner remains", () => {
    expect(checkRoleChange({ actorRole: "OWNER", targetRole: "VIEWER", newRole: "OWNER", ownerCount: 1 }).ok).toBe(true);
    expect(checkRoleChange({ actorRole: "OWNER", targetRole: "OWNER", newRole: "ADMIN", ownerCount: 2 }).ok).toBe(true);
  });

  test("the last owner cannot be demoted, even by themselves", () => {
    expect(checkRoleChange({ actorRole: "OWNER", targetRole: "OWNER", newRole: "VIEWER", ownerCount: 1 })).toMatchObject({ ok: false, code: "conflict" });
  });

  test("admins cannot touch owners or make owners", () => {
    expect(checkRoleChange({ actorRole: "ADMIN", targetRole: "OWNER", newRole: "ADMIN", ownerCount: 3 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(checkRoleChange({ actorRole: "ADMIN", targetRole: "VIEWER", newRole: "OWNER", ownerCount: 1 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(checkRoleChange({ actorRole: "ADMIN", targetRole: "VIEWER", newRole: "ADMIN", ownerCount: 1 }).ok).toBe(true);
  });

  test("viewers can change nothing", () => {
    expect(checkRoleChange({ actorRole: "VIEWER", targetRole: "VIEWER", newRole: "ADMIN", ownerCount: 1 }).ok).toBe(false);
  });
});

describe("checkRemoval and checkLeave", () => {
  test("the last owner cannot be removed or leave", () => {
    expect(checkRemoval({ actorRole: "OWNER", targetRole: "OWNER", ownerCount: 1 })).toMatchObject({ code: "conflict" });
    expect(checkLeave({ role: "OWNER", ownerCount: 1 })).toMatchObject({ code: "conflict" });
    expect(checkLeave({ role: "OWNER", ownerCount: 2 }).ok).toBe(true);
    expect(checkLeave({ role: "VIEWER", ownerCount: 1 }).ok).toBe(true);
  });

  test("admins remove admins and viewers, never owners", () => {
    expect(checkRemoval({ actorRole: "ADMIN", targetRole: "ADMIN", ownerCount: 1 }).ok).toBe(true);
    expect(checkRemoval({ actorRole: "ADMIN", targetRole: "OWNER", ownerCount: 2 })).toMatchObject({ code: "forbidden" });
    expect(checkRemoval({ actorRole: "VIEWER", targetRole: "VIEWER", ownerCount: 1 })).toMatchObject({ code: "forbidden" });
  });
});

test("only owners invite owners; viewers invite nobody", () => {
  expect(checkInviteRole({ actorRole: "OWNER", inviteRole: "OWNER" }).ok).toBe(true);
  expect(checkInviteRole({ actorRole: "ADMIN", inviteRole: "OWNER" }).ok).toBe(false);
  expect(checkInviteRole({ actorRole: "ADMIN", inviteRole: "VIEWER" }).ok).toBe(true);
  expect(checkInviteRole({ actorRole: "VIEWER", inviteRole: "VIEWER" }).ok).toBe(false);
});

test("assignableRoles drives the role select", () => {
  expect(assignableRoles("OWNER", "OWNER")).toEqual(["OWNER", "ADMIN", "VIEWER"]);
  expect(assignableRoles("ADMIN", "VIEWER")).toEqual(["ADMIN", "VIEWER"]);
  expect(assignableRoles("ADMIN", "OWNER")).toEqual([]);
  expect(assignableRoles("VIEWER", "VIEWER")).toEqual([]);
});
