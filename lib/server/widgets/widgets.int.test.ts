import { test, expect } from "vitest";
import { db } from "@/lib/db";
import { createOrgWithUser } from "@/prisma/factories";
import { createWidget } from "./create-widget";
import { updateWidget } from "./update-widget";
import { deleteWidget } from "./delete-widget";
import { listWidgets } from "./list-widgets";
import { getWidget } from "./get-widget";
import { getCallPage } from "./get-call-page";
import { listWidgetOptions } from "./widget-options";

async function setup() {
  const { org, user } = await createOrgWithUser(db, "OWNER");
  const actor = { organizationId: org.id, userId: user.id, email: user.email };
  const trunk = await db.trunk.create({ data: { organizationId: org.id, name: "PBX", wsUrl: "wss://sbc.example.test/ws", sipDomain: "pbx.example.test" } });
  const ice = await db.iceServerSet.create({ data: { organizationId: org.id, name: "Default ICE" } });
  return { org, user, actor, trunk, ice };
}

const input = (extra: Record<string, unknown> = {}) => ({ name: "Spring sale", destination: "200", ...extra });

test("create: random public id, slug from the name, audit entry, readable back in the form's shape", async () => {
  const { org, actor, trunk, ice } = await setup();
  const w = await createWidget(org.id, actor, input({ trunkId: trunk.id, iceServerSetId: ice.id, allowedOrigins: ["shop.example.com"] }));
  expect(w.publicId).toMatch(/^[A-Za-z0-9]{16}$/);
  expect(w.slug).toMatch(/^spring-sale(-\d+)?$/);
  const got = await getWidget(org.id, w.id);
  expect(got.input).toMatchObject({ trunkId: trunk.id, iceServerSetId: ice.id, destination: "200", allowedOrigins: ["https://shop.example.com"] });
  const audit = await db.auditLog.findMany({ where: { organizationId: org.id, resourceId: w.id } });
  expect(audit.map((a) => a.action)).toEqual(["widget.create"]);
  expect(audit[0]).toMatchObject({ actorUserId: actor.userId, resourceType: "widget" });
});

test("slugs are unique across organizations; a taken explicit slug is a field error", async () => {
  const a = await setup();
  const b = await setup();
  const first = await createWidget(a.org.id, a.actor, input({ name: "Same name everywhere" }));
  const second = await createWidget(b.org.id, b.actor, input({ name: "Same name everywhere" }));
  expect(second.slug).not.toBe(first.slug);
  await expect(createWidget(b.org.id, b.actor, input({ slug: first.slug }))).rejects.toMatchObject({ code: "conflict", details: { fieldErrors: { slug: expect.any(String) } } });
});

test("a trunk or ICE set of another organization is refused on create and update, and nothing changes", async () => {
  const mine = await setup();
  const theirs = await setup();
  const before = await db.widget.count({ where: { organizationId: mine.org.id } });
  await expect(createWidget(mine.org.id, mine.actor, input({ trunkId: theirs.trunk.id }))).rejects.toMatchObject({
    code: "bad_request",
    details: { fieldErrors: { trunkId: expect.any(String) } },
  });
  await expect(createWidget(mine.org.id, mine.actor, input({ iceServerSetId: theirs.ice.id }))).rejects.toMatchObject({
    details: { fieldErrors: { iceServerSetId: expect.any(String) } },
  });
  expect(await db.widget.count({ where: { organizationId: mine.org.id } })).toBe(before);

  const w = await createWidget(mine.org.id, mine.actor, input({ trunkId: mine.trunk.id }));
  await expect(updateWidget(mine.org.id, mine.actor, w.id, input({ name: "Changed", trunkId: theirs.trunk.id }))).rejects.toMatchObject({ code: "bad_request" });
  const row = await db.widget.findUniqueOrThrow({ where: { id: w.id } });
  expect(row).toMatchObject({ name: "Spring sale", trunkId: mine.trunk.id });
  expect(await db.auditLog.count({ where: { resourceId: w.id, action: "widget.update" } })).toBe(0);
});

test("another organization's widget id is not found for get, update and delete; nothing changes", async () => {
  const mine = await setup();
  const theirs = await setup();
  const foreign = await createWidget(theirs.org.id, theirs.actor, input({ name: "Theirs" }));
  await expect(getWidget(mine.org.id, foreign.id)).rejects.toMatchObject({ code: "not_found" });
  await expect(updateWidget(mine.org.id, mine.actor, foreign.id, input({ name: "Hijacked", destination: "999" }))).rejects.toMatchObject({ code: "not_found" });
  await expect(deleteWidget(mine.org.id, mine.actor, foreign.id)).rejects.toMatchObject({ code: "not_found" });
  expect(await db.widget.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ name: "Theirs", destination: "200" });
  expect((await listWidgets(mine.org.id)).map((w) => w.id)).not.toContain(foreign.id);
  expect(await db.auditLog.count({ where: { organizationId: mine.org.id, resourceId: foreign.id } })).toBe(0);
});

test("update records which settings changed (not their values); delete removes and audits", async () => {
  const { org, actor } = await setup();
  const w = await createWidget(org.id, actor, input());
  await updateWidget(org.id, actor, w.id, input({ destination: "300", appearance: { primaryColor: "#0f766e" } }));
  const upd = await db.auditLog.findFirstOrThrow({ where: { resourceId: w.id, action: "widget.update" } });
  expect((upd.metadata as { changed: string[] }).changed.sort()).toEqual(["appearance", "destination"]);
  expect(JSON.stringify(upd.metadata)).not.toContain("300");
  await deleteWidget(org.id, actor, w.id);
  expect(await db.widget.findUnique({ where: { id: w.id } })).toBeNull();
  expect(await db.auditLog.count({ where: { resourceId: w.id, action: "widget.delete" } })).toBe(1);
});

test("invalid input is a 400 with the reason and writes nothing", async () => {
  const { org, actor } = await setup();
  await expect(createWidget(org.id, actor, input({ destination: "200@evil.example" }))).rejects.toMatchObject({ code: "bad_request" });
  await expect(createWidget(org.id, actor, input({ allowedOrigins: ["https://ok.test/path"] }))).rejects.toMatchObject({ code: "bad_request" });
  expect(await db.widget.count({ where: { organizationId: org.id } })).toBe(0);
  expect(await db.auditLog.count({ where: { organizationId: org.id } })).toBe(0);
});

test("builder options list only this organization's trunks and ICE sets", async () => {
  const mine = await setup();
  const theirs = await setup();
  const opts = await listWidgetOptions(mine.org.id);
  expect(opts.trunks.map((t) => t.id)).toEqual([mine.trunk.id]);
  expect(opts.iceSets.map((s) => s.id)).toEqual([mine.ice.id]);
  expect(opts.trunks.map((t) => t.id)).not.toContain(theirs.trunk.id);
});

test("the public call page view carries no destination, trunk or limits and picks the visitor's language", async () => {
  const { org, actor, trunk } = await setup();
  const w = await createWidget(org.id, actor, input({ destination: "secret-queue-7", trunkId: trunk.id, languages: ["en", "de"] }));
  const page = await getCallPage({ slug: w.slug }, { acceptLanguage: "de-DE,de;q=0.9" });
  expect(page?.widget.language).toBe("de");
  // The dialer's words travel in the visitor's one language only: no other language's texts reach the page.
  expect(page?.widget.callTexts.checkingMic).toBe("Mikrofon wird geprüft…");
  const json = JSON.stringify(page?.widget);
  expect(json).not.toContain("Checking your microphone");
  expect(json).not.toContain("Microphone blocked");
  expect(json).not.toContain("secret-queue-7");
  expect(json).not.toContain(trunk.id);
  expect(json).not.toContain("maxCallSeconds");
  expect(await getCallPage({ slug: "no-such-widget-slug" })).toBeNull();
});
