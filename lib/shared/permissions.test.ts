import { test, expect } from "vitest";
import { can, ROLE_PERMISSIONS } from "./permissions";

test("viewers can read everything and change nothing", () => {
  for (const p of ROLE_PERMISSIONS.VIEWER) expect(p).toMatch(/\.read$/);
  expect(can("VIEWER", "widgets.write")).toBe(false);
  expect(can("VIEWER", "members.invite")).toBe(false);
  expect(can("VIEWER", "trunks.read")).toBe(true);
});

test("admins manage resources and members but not owners", () => {
  expect(can("ADMIN", "trunks.write")).toBe(true);
  expect(can("ADMIN", "members.remove")).toBe(true);
  expect(can("ADMIN", "members.manage-owners")).toBe(false);
  expect(can("ADMIN", "org.delete")).toBe(false);
});

test("owners hold every permission any role has", () => {
  for (const role of ["ADMIN", "VIEWER"] as const) {
    for (const p of ROLE_PERMISSIONS[role]) expect(can("OWNER", p)).toBe(true);
  }
  expect(can("OWNER", "members.manage-owners")).toBe(true);
});
