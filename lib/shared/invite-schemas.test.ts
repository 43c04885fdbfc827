import { expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { ZAcceptInviteWithSignup, ZCreateInvite, ZInviteToken } from "./invite-schemas";
import { ZChangeMemberRole } from "./member-schemas";
import { slugify, ZRenameOrganization } from "./org-schemas";
import { ZAuditPage } from "./audit-schemas";

const token = randomBytes(32).toString("base64url");

test("an invite email is trimmed and lower-cased; roles are the three known ones", () => {
  expect(ZCreateInvite.parse({ email: "  Ana@Example.COM ", role: "ADMIN" })).toEqual({ email: "ana@example.com", role: "ADMIN" });
  expect(ZCreateInvite.safeParse({ email: "not-an-email", role: "ADMIN" }).success).toBe(false);
  expect(ZCreateInvite.safeParse({ email: "a@b.co", role: "SUPERUSER" }).success).toBe(false);
});

test("invite tokens are exactly 32 bytes of base64url", () => {
  expect(token).toHaveLength(43);
  expect(ZInviteToken.safeParse(token).success).toBe(true);
  expect(ZInviteToken.safeParse(token.slice(1)).success).toBe(false);
  expect(ZInviteToken.safeParse(`${token.slice(1)}/`).success).toBe(false);
});

test("sign-up through an invite needs a name and a password of at least 12 characters", () => {
  expect(ZAcceptInviteWithSignup.safeParse({ token, name: "Ana", password: "short-pw-11" }).success).toBe(false);
  expect(ZAcceptInviteWithSignup.safeParse({ token, name: "  ", password: "long-enough-pw" }).success).toBe(false);
  expect(ZAcceptInviteWithSignup.safeParse({ token, name: "Ana", password: "long-enough-pw" }).success).toBe(true);
});

test("role changes and names are validated", () => {
  expect(ZChangeMemberRole.safeParse({ membershipId: "m1", role: "VIEWER" }).success).toBe(true);
  expect(ZChangeMemberRole.safeParse({ membershipId: "", role: "VIEWER" }).success).toBe(false);
  expect(ZRenameOrganization.safeParse({ name: " x " }).success).toBe(false);
  expect(ZRenameOrganization.parse({ name: "  Acme Support " })).toEqual({ name: "Acme Support" });
});

test("slugify makes URL-safe slugs and never an empty one", () => {
  expect(slugify("Acme Support, Inc.")).toBe("acme-support-inc");
  expect(slugify("Café Zürich")).toBe("cafe-zurich");
  expect(slugify("!!!")).toBe("org");
  expect(slugify("a".repeat(80))).toHaveLength(40);
});

test("a bad audit page number falls back to the first page", () => {
  expect(ZAuditPage.parse("3")).toBe(3);
  expect([ZAuditPage.parse("0"), ZAuditPage.parse("abc"), ZAuditPage.parse(undefined), ZAuditPage.parse("2.5")]).toEqual([1, 1, 1, 1]);
});
