import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { fieldAad, open } from "@/lib/server/crypto/envelope";
import { MASK } from "@/lib/shared/mask";
import type { TTrunkInput } from "@/lib/shared/trunks/trunk-schemas";
import { canary, createWidgetRow, orgWithActor } from "@/test/org-fixture";
import { checkConnection } from "./check-connection";
import { createTrunk } from "./create-trunk";
import { deleteTrunk } from "./delete-trunk";
import { getTrunk } from "./get-trunk";
import { listTrunks } from "./list-trunks";
import { updateTrunk } from "./update-trunk";

const input = (secret: string, over: Partial<TTrunkInput> = {}): TTrunkInput => ({
  name: "Main office",
  preset: "RINGLINK_KAMAILIO",
  wsUrl: "wss://sbc.example.com:8443/ws",
  sipDomain: "pbx.example.com",
  authMode: "EPHEMERAL",
  hmacAlgorithm: "SHA1",
  secret,
  allowedHeaders: ["X-Campaign"],
  sendContextHeaders: true,
  ...over,
});

const rawRow = async (id: string) =>
  (await db.$queryRaw<{ secretEnvelope: string | null; secretLast4: string | null }[]>`select "secretEnvelope", "secretLast4" from "Trunk" where id = ${id}`)[0]!;

async function codeOf(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe("trunk secrets", () => {
  test("stored as an envelope bound to the row, never in any response", async () => {
    const { organizationId, actor } = await orgWithActor();
    const secret = canary("trunk");
    const created = await createTrunk({ organizationId, actor, input: input(secret) });
    const raw = await rawRow(created.id);
    expect(raw.secretEnvelope).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(raw.secretEnvelope).not.toContain(secret);
    expect(open(raw.secretEnvelope!, fieldAad("Trunk", created.id, "secretEnvelope"))).toBe(secret);
    // Another row's AAD does not open it: a ciphertext moved between rows is useless.
    expect(() => open(raw.secretEnvelope!, fieldAad("Trunk", "other", "secretEnvelope"))).toThrow();
    const responses = [created, await getTrunk({ organizationId, trunkId: created.id }), await listTrunks(organizationId)];
    for (const r of responses) {
      const json = JSON.stringify(r);
      expect(json).not.toContain(secret);
      expect(json).not.toContain(raw.secretEnvelope!);
      expect(json).not.toContain("secretEnvelope");
    }
    expect(created.secret).toMatchObject({ isSet: true, summary: expect.stringMatching(new RegExp(`^Set, ends in ${secret.slice(-4)}, changed on \\d{4}-\\d\\d-\\d\\d$`)) });
  });

  test("the masked value or an empty field sent back leaves the ciphertext unchanged; a new value replaces it", async () => {
    const { organizationId, actor } = await orgWithActor();
    const secret = canary("keep");
    const t = await createTrunk({ organizationId, actor, input: input(secret) });
    const before = await rawRow(t.id);
    await updateTrunk({ organizationId, actor, trunkId: t.id, input: input(t.secret.masked, { name: "Renamed" }) });
    await updateTrunk({ organizationId, actor, trunkId: t.id, input: input("", { name: "Renamed again" }) });
    expect((await rawRow(t.id)).secretEnvelope).toBe(before.secretEnvelope);
    expect(t.secret.masked.startsWith(MASK)).toBe(true);
    const next = canary("next");
    const replaced = await updateTrunk({ organizationId, actor, trunkId: t.id, input: input(next) });
    const after = await rawRow(t.id);
    expect(after.secretEnvelope).not.toBe(before.secretEnvelope);
    expect(open(after.secretEnvelope!, fieldAad("Trunk", t.id, "secretEnvelope"))).toBe(next);
    expect(replaced.secret.summary).toContain(`ends in ${next.slice(-4)}`);
  });

  test("a secret is required to create, and again when the auth mode changes; NONE clears it", async () => {
    const { organizationId, actor } = await orgWithActor();
    expect(await codeOf(createTrunk({ organizationId, actor, input: input("") }))).toBe("bad_request");
    const t = await createTrunk({ organizationId, actor, input: input(canary("mode")) });
    const toStatic = input("", { authMode: "STATIC", staticUsername: "web100" });
    expect(await codeOf(updateTrunk({ organizationId, actor, trunkId: t.id, input: toStatic }))).toBe("bad_request");
    expect((await getTrunk({ organizationId, trunkId: t.id })).authMode).toBe("EPHEMERAL"); // nothing changed
    const none = await updateTrunk({ organizationId, actor, trunkId: t.id, input: input("", { authMode: "NONE" }) });
    expect(none.secret.isSet).toBe(false);
    expect((await rawRow(t.id)).secretEnvelope).toBeNull();
  });
});

describe("organization scoping", () => {
  test("every service answers not found for another organization's trunk, and changes nothing", async () => {
    const a = await orgWithActor();
    const b = await orgWithActor();
    const t = await createTrunk({ ...a, input: input(canary("a")) });
    const before = await rawRow(t.id);
    const foreign = { organizationId: b.organizationId, actor: b.actor, trunkId: t.id };
    expect(await codeOf(getTrunk(foreign))).toBe("not_found");
    expect(await codeOf(updateTrunk({ ...foreign, input: input(canary("b"), { name: "hijacked" }) }))).toBe("not_found");
    expect(await codeOf(deleteTrunk(foreign))).toBe("not_found");
    expect(await codeOf(checkConnection(foreign))).toBe("not_found");
    expect(await listTrunks(b.organizationId)).toEqual([]);
    const after = await db.trunk.findUniqueOrThrow({ where: { id: t.id } });
    expect(after.name).toBe("Main office");
    expect(after.secretEnvelope).toBe(before.secretEnvelope);
  });
});

describe("delete and audit", () => {
  test("delete is refused while widgets use the trunk, naming them", async () => {
    const { organizationId, actor } = await orgWithActor();
    const t = await createTrunk({ organizationId, actor, input: input(canary("del")) });
    await createWidgetRow({ organizationId, name: "Pricing page", trunkId: t.id });
    await createWidgetRow({ organizationId, name: "Support", trunkId: t.id });
    const err = (await deleteTrunk({ organizationId, actor, trunkId: t.id }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe("conflict");
    expect(err.message).toBe('This trunk is used by widgets "Pricing page", "Support". Point them at another trunk first.');
    expect(await db.trunk.count({ where: { id: t.id } })).toBe(1);
    await db.widget.updateMany({ where: { organizationId, trunkId: t.id }, data: { trunkId: null } });
    await deleteTrunk({ organizationId, actor, trunkId: t.id });
    expect(await db.trunk.count({ where: { id: t.id } })).toBe(0);
  });

  test("create, update, delete are audited without secret values", async () => {
    const { organizationId, actor } = await orgWithActor();
    const secret = canary("audit");
    const t = await createTrunk({ organizationId, actor, input: input(secret) });
    await updateTrunk({ organizationId, actor, trunkId: t.id, input: input(canary("audit2"), { name: "Renamed" }) });
    await deleteTrunk({ organizationId, actor, trunkId: t.id });
    const logs = await db.auditLog.findMany({ where: { organizationId, resourceId: t.id }, orderBy: { createdAt: "asc" } });
    expect(logs.map((l) => l.action)).toEqual(["trunk.create", "trunk.update", "trunk.delete"]);
    expect(logs[1]!.metadata).toMatchObject({ changed: ["name"], secret: "replaced" });
    expect(logs.every((l) => l.actorUserId === actor.userId)).toBe(true);
    expect(JSON.stringify(logs)).not.toMatch(/canary-audit/);
  });
});
