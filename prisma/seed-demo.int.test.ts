import { verify } from "@node-rs/argon2";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { getCallPage } from "@/lib/server/widgets/get-call-page";
import { seedDemo } from "./seed-demo";

// The only test that uses the "acme" slug: the demo organization is a singleton of the dev database.
test("the demo: an owner, a trunk with a sealed secret, an ICE set, a live hosted page and a paused widget; a second run adds nothing", async () => {
  const first = await seedDemo(db, { email: "Demo@Example.test", password: "first-password-1" });
  expect(first.created).toBe(true);
  const org = await db.organization.findUniqueOrThrow({
    where: { slug: "acme" },
    include: { memberships: { include: { user: true } }, trunks: true, iceSets: { include: { servers: true } }, widgets: true },
  });
  expect(org.memberships.map((m) => [m.user.email, m.role])).toEqual([["demo@example.test", "OWNER"]]);
  expect(org.trunks).toHaveLength(1);
  expect(org.trunks[0]).toMatchObject({ authMode: "EPHEMERAL", sendContextHeaders: true });
  expect(org.trunks[0]!.secretEnvelope).toBeTruthy();
  expect(org.iceSets[0]!.servers.map((s) => s.kind).sort()).toEqual(["STUN", "TURN"]);
  expect(org.widgets.map((w) => [w.name, w.status]).sort()).toEqual([["Spring campaign", "PAUSED"], ["Talk to sales", "ACTIVE"]]);
  expect(org.widgets.every((w) => w.trunkId === org.trunks[0]!.id && w.iceServerSetId === org.iceSets[0]!.id)).toBe(true);

  const page = await getCallPage({ slug: first.hostedSlug! });
  expect(page).toMatchObject({ hostedLinkEnabled: true, widget: { status: "open", form: { topic: { enabled: true } } } });
  const audit = await db.auditLog.findMany({ where: { organizationId: org.id }, select: { action: true } });
  expect(audit.map((a) => a.action).sort()).toEqual(["ice_set.create", "trunk.create", "widget.create", "widget.create"]);

  // The next `npm run dev`: nothing new, and a changed password takes over so the printed one works.
  const again = await seedDemo(db, { email: "demo@example.test", password: "second-password-2" });
  expect(again.created).toBe(false);
  expect(await db.widget.count({ where: { organizationId: org.id } })).toBe(2);
  expect(await db.trunk.count({ where: { organizationId: org.id } })).toBe(1);
  const user = await db.user.findUniqueOrThrow({ where: { email: "demo@example.test" } });
  expect(await verify(user.passwordHash, "second-password-2")).toBe(true);
});
