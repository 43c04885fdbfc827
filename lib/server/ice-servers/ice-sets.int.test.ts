import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import type { TIceServerInput, TIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";
import { canary, createWidgetRow, orgWithActor } from "@/test/org-fixture";
import { createIceSet } from "./create-ice-set";
import { deleteIceSet } from "./delete-ice-set";
import { getIceSet } from "./get-ice-set";
import { listIceSets } from "./list-ice-sets";
import { mintTestCredentials } from "./mint-test-credentials";
import { updateIceSet } from "./update-ice-set";

const stun: TIceServerInput = { kind: "STUN", urls: ["stun:stun.example.org"], authMode: "NONE", ttlSeconds: 3600 };
const rest = (secret: string, over: Partial<TIceServerInput> = {}): TIceServerInput => ({
  kind: "TURN",
  urls: ["turn:turn.example.org?transport=udp", "turn:turn.example.org?transport=tcp"],
  authMode: "REST",
  secret,
  ttlSeconds: 600,
  ...over,
});
const set = (servers: TIceServerInput[], name = "Default", relayOnly = false): TIceSetInput => ({ name, relayOnly, servers });
const rawServers = (setId: string) =>
  db.$queryRaw<{ id: string; secretEnvelope: string | null }[]>`select id, "secretEnvelope" from "IceServer" where "setId" = ${setId} order by position`;

async function codeOf(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe("ICE server secrets", () => {
  test("sealed in the table, absent from every response; masked value keeps the ciphertext", async () => {
    const { organizationId, actor } = await orgWithActor();
    const secret = canary("turn");
    const created = await createIceSet({ organizationId, actor, input: set([stun, rest(secret)]) });
    const [, turnRow] = await rawServers(created.id);
    expect(turnRow!.secretEnvelope).toMatch(/^v1\./);
    expect(turnRow!.secretEnvelope).not.toContain(secret);
    for (const r of [created, await getIceSet({ organizationId, setId: created.id }), await listIceSets(organizationId)]) {
      expect(JSON.stringify(r)).not.toContain(secret);
      expect(JSON.stringify(r)).not.toContain(turnRow!.secretEnvelope!);
    }
    const turn = created.servers[1]!;
    expect(turn.secret.summary).toContain(`ends in ${secret.slice(-4)}`);
    await updateIceSet({ organizationId, actor, setId: created.id, input: set([stun, rest(turn.secret.masked, { id: turn.id, ttlSeconds: 300 })], "Renamed") });
    const [, again] = await rawServers(created.id);
    expect(again).toEqual(turnRow);
    const next = canary("next");
    await updateIceSet({ organizationId, actor, setId: created.id, input: set([rest(next, { id: turn.id })]) });
    const rows = await rawServers(created.id);
    expect(rows).toHaveLength(1); // the STUN server was removed
    expect(rows[0]!.id).toBe(turn.id);
    expect(rows[0]!.secretEnvelope).not.toBe(turnRow!.secretEnvelope);
  });

  test("a new TURN server needs its secret; an id from another set does not carry a secret over", async () => {
    const a = await orgWithActor();
    const b = await orgWithActor();
    expect(await codeOf(createIceSet({ ...a, input: set([rest("")]) }))).toBe("bad_request");
    const other = await createIceSet({ ...b, input: set([rest(canary("b"))]) });
    const mine = await createIceSet({ ...a, input: set([stun]) });
    const stolenId = other.servers[0]!.id;
    const err = (await updateIceSet({ ...a, setId: mine.id, input: set([rest("", { id: stolenId })]) }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe("bad_request");
    expect(err.details).toMatchObject({ fieldErrors: { "servers.0.secret": expect.any(String) } });
    expect(await db.iceServer.count({ where: { id: stolenId, setId: other.id } })).toBe(1);
  });

  test("test credentials: TURN REST minted with HMAC-SHA1 and a short TTL, the secret itself never returned", async () => {
    const { organizationId, actor } = await orgWithActor();
    const secret = canary("mint");
    const s = await createIceSet({ organizationId, actor, input: set([stun, rest(secret, { ttlSeconds: 3600 })]) });
    const now = new Date("2026-11-24T08:00:00Z");
    const servers = await mintTestCredentials({ organizationId, setId: s.id, now });
    expect(servers[0]).toEqual({ serverId: s.servers[0]!.id, kind: "STUN", urls: ["stun:stun.example.org"] });
    const turn = servers[1]!;
    expect(turn.username).toMatch(new RegExp(`^${Math.floor(now.getTime() / 1000) + 120}:ringlink-test\\.[0-9a-f]{12}$`));
    expect(turn.credential).toBe(createHmac("sha1", secret).update(turn.username!).digest("base64"));
    expect(JSON.stringify(servers)).not.toContain(secret);
  });
});

describe("scoping, delete, audit", () => {
  test("another organization's set is not found by every service", async () => {
    const a = await orgWithActor();
    const b = await orgWithActor();
    const s = await createIceSet({ ...a, input: set([stun]) });
    const foreign = { organizationId: b.organizationId, actor: b.actor, setId: s.id };
    expect(await codeOf(getIceSet(foreign))).toBe("not_found");
    expect(await codeOf(updateIceSet({ ...foreign, input: set([stun], "hijacked") }))).toBe("not_found");
    // A rule violation must not tell a stranger the set exists: not found comes first.
    expect(await codeOf(updateIceSet({ ...foreign, input: set([stun], "hijacked", true) }))).toBe("not_found");
    expect(await codeOf(deleteIceSet(foreign))).toBe("not_found");
    expect(await codeOf(mintTestCredentials(foreign))).toBe("not_found");
    expect(await listIceSets(b.organizationId)).toEqual([]);
    expect((await db.iceServerSet.findUniqueOrThrow({ where: { id: s.id } })).name).toBe("Default");
    expect(await db.iceServer.count({ where: { setId: s.id } })).toBe(1);
  });

  test("delete refused while a widget uses the set, naming it; audited otherwise", async () => {
    const { organizationId, actor } = await orgWithActor();
    const s = await createIceSet({ organizationId, actor, input: set([stun]) });
    const w = await createWidgetRow({ organizationId, name: "Homepage button", iceServerSetId: s.id });
    const err = (await deleteIceSet({ organizationId, actor, setId: s.id }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe("conflict");
    expect(err.message).toBe('This ICE server set is used by widget "Homepage button". Point them at another ICE server set first.');
    await db.widget.delete({ where: { id: w.id } });
    await updateIceSet({ organizationId, actor, setId: s.id, input: set([stun], "Renamed") });
    await deleteIceSet({ organizationId, actor, setId: s.id });
    expect(await db.iceServer.count({ where: { setId: s.id } })).toBe(0);
    const logs = await db.auditLog.findMany({ where: { organizationId, resourceId: s.id }, orderBy: { createdAt: "asc" } });
    expect(logs.map((l) => l.action)).toEqual(["ice_set.create", "ice_set.update", "ice_set.delete"]);
  });
});

describe("relay only", () => {
  const snapshot = async (setId: string) => ({
    set: await db.iceServerSet.findUniqueOrThrow({ where: { id: setId }, select: { name: true, relayOnly: true, updatedAt: true } }),
    servers: await db.iceServer.findMany({ where: { setId }, orderBy: { position: "asc" } }),
    audits: await db.auditLog.count({ where: { resourceId: setId } }),
  });
  const relayError = async (p: Promise<unknown>) => {
    const err = (await p.then(() => null, (e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("bad_request");
    expect(err.message).toMatch(/^Relay only needs at least one TURN server/);
    expect(err.details).toEqual({ fieldErrors: { relayOnly: err.message } });
  };

  test("a relay-only set without a TURN server is refused and nothing is created", async () => {
    const { organizationId, actor } = await orgWithActor();
    await relayError(createIceSet({ organizationId, actor, input: set([stun], "Private", true) }));
    expect(await db.iceServerSet.count({ where: { organizationId } })).toBe(0);
    expect(await db.iceServer.count({ where: { organizationId } })).toBe(0);
    expect(await db.auditLog.count({ where: { organizationId } })).toBe(0);
  });

  test("saved, returned by every read and audited on create", async () => {
    const { organizationId, actor } = await orgWithActor();
    const created = await createIceSet({ organizationId, actor, input: set([stun, rest(canary("r"))], "Private", true) });
    expect(created.relayOnly).toBe(true);
    expect((await getIceSet({ organizationId, setId: created.id })).relayOnly).toBe(true);
    expect((await listIceSets(organizationId)).map((s) => s.relayOnly)).toEqual([true]);
    const log = await db.auditLog.findFirstOrThrow({ where: { organizationId, resourceId: created.id } });
    expect(log).toMatchObject({ action: "ice_set.create", metadata: { name: "Private", relayOnly: true } });
  });

  test("turning it on for a set with no TURN server is refused; nothing changes", async () => {
    const { organizationId, actor } = await orgWithActor();
    const s = await createIceSet({ organizationId, actor, input: set([stun], "Office") });
    const before = await snapshot(s.id);
    await relayError(updateIceSet({ organizationId, actor, setId: s.id, input: set([stun], "Renamed", true) }));
    expect(await snapshot(s.id)).toEqual(before);
  });

  test("removing the last TURN server of a relay-only set is refused unless the same save turns it off", async () => {
    const { organizationId, actor } = await orgWithActor();
    const s = await createIceSet({ organizationId, actor, input: set([stun, rest(canary("a")), rest(canary("b"))], "Private", true) });
    const [stunRow, turnA] = s.servers;
    const keep = (srv: typeof stunRow) => (srv!.kind === "STUN" ? { ...stun, id: srv!.id } : rest("", { id: srv!.id }));
    // One of two TURN servers may go: the set still relays.
    const one = await updateIceSet({ organizationId, actor, setId: s.id, input: set([keep(stunRow), keep(turnA)], "Private", true) });
    expect(one.servers.map((x) => x.id)).toEqual([stunRow!.id, turnA!.id]);
    const before = await snapshot(s.id);
    await relayError(updateIceSet({ organizationId, actor, setId: s.id, input: set([keep(stunRow)], "Private", true) }));
    // Changing the last TURN server into a STUN server is the same removal.
    await relayError(updateIceSet({ organizationId, actor, setId: s.id, input: set([keep(stunRow), { ...stun, id: turnA!.id }], "Private", true) }));
    expect(await snapshot(s.id)).toEqual(before);

    const off = await updateIceSet({ organizationId, actor, setId: s.id, input: set([keep(stunRow)], "Private", false) });
    expect(off).toMatchObject({ relayOnly: false, servers: [{ id: stunRow!.id, kind: "STUN" }] });
    // Two saves went through and are audited with the flag's change; the three refused ones left no trace.
    const updates = await db.auditLog.findMany({ where: { organizationId, resourceId: s.id, action: "ice_set.update" } });
    expect(updates.map((l) => l.metadata)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ relayOnly: { from: true, to: true }, removedServers: 1 }),
        expect.objectContaining({ relayOnly: { from: true, to: false }, removedServers: 1 }),
      ]),
    );
    expect(updates).toHaveLength(2);
  });
});
