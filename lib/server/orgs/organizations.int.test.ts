import { expect, test } from "vitest";
import { createUser } from "@/prisma/factories";
import { actorOf, auditCount, db, member, orgWith } from "@/test/org-fixtures";
import { createOrganization } from "./create-organization";
import { listMyOrganizations } from "./list-my-organizations";
import { renameOrganization } from "./rename-organization";

test("creating an organization makes the creator its only owner, with a slug from the name and an audit entry", async () => {
  const user = await createUser(db);
  const name = `Acme ${user.id}`;
  const org = await createOrganization({ actor: actorOf(user), name });
  expect(org.slug).toBe(`acme-${user.id}`.toLowerCase());
  const members = await db.membership.findMany({ where: { organizationId: org.id } });
  expect(members).toMatchObject([{ userId: user.id, role: "OWNER" }]);
  expect(await auditCount(org.id, "organization.create")).toBe(1);
});

test("the same name twice gets two different slugs", async () => {
  const user = await createUser(db);
  const name = `Twin ${user.id}`;
  const [a, b] = await Promise.all([createOrganization({ actor: actorOf(user), name }), createOrganization({ actor: actorOf(user), name })]);
  expect(a.slug).not.toBe(b.slug);
  expect((await listMyOrganizations(user.id)).map((o) => o.id).sort()).toEqual([a.id, b.id].sort());
});

test("listMyOrganizations lists only the user's memberships, with their role", async () => {
  const mine = await orgWith("VIEWER");
  await orgWith("OWNER"); // someone else's
  expect(await listMyOrganizations(mine.user.id)).toEqual([{ id: mine.org.id, slug: mine.org.slug, name: mine.org.name, role: "VIEWER" }]);
});

test("rename changes the name, keeps the slug and records from/to", async () => {
  const { org, actor } = await orgWith("ADMIN");
  await renameOrganization({ organizationId: org.id, actor, name: "Renamed Co" });
  const after = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
  expect(after).toMatchObject({ name: "Renamed Co", slug: org.slug });
  const entry = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.id, action: "organization.rename" } });
  expect(entry.metadata).toEqual({ from: org.name, to: "Renamed Co" });
});

test("rename of another organization's id is not found and changes nothing", async () => {
  const a = await orgWith("OWNER");
  const b = await orgWith("OWNER");
  await expect(renameOrganization({ organizationId: b.org.id, actor: a.actor, name: "Hijacked" })).rejects.toMatchObject({ code: "not_found" });
  expect((await db.organization.findUniqueOrThrow({ where: { id: b.org.id } })).name).toBe(b.org.name);
  expect(await auditCount(b.org.id)).toBe(0);
});

test("a viewer cannot rename, and no audit entry is written", async () => {
  const { org } = await orgWith("OWNER");
  const viewer = await member(org.id, "VIEWER");
  await expect(renameOrganization({ organizationId: org.id, actor: viewer.actor, name: "Nope" })).rejects.toMatchObject({ code: "forbidden" });
  expect(await auditCount(org.id)).toBe(0);
});
