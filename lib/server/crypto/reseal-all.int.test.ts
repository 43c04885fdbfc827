import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { mintTestCredentials } from "@/lib/server/ice-servers/mint-test-credentials";
import { secretAad } from "@/lib/server/secrets/write-only-secret";
import { exportSbcSettings } from "@/lib/server/trunks/export-sbc-settings";
import { canary, orgWithActor } from "@/test/org-fixture";
import { open, seal } from "./envelope";
import { envKeyRing, type TKeyRing } from "./key-ring";
import { resealAll } from "./reseal-all";
import { signingKeyAad } from "./signing-keys";

// Other test files share this database and seal with the environment's ring. The rotation here goes from a private
// "old" key to the environment's primary, so their rows stay openable while this runs over the whole database.
const oldKey = { kid: `old${randomBytes(4).toString("hex")}`, key: randomBytes(32) };
const oldRing: TKeyRing = [oldKey];
const rotating = (): TKeyRing => [envKeyRing()[0]!, oldKey, ...envKeyRing().slice(1)];

async function oldSecrets() {
  const { organizationId, actor } = await orgWithActor();
  const trunkSecret = canary("reseal-trunk");
  const trunk = await db.trunk.create({ data: { organizationId, name: "Old", wsUrl: "wss://sbc.example.com", sipDomain: "pbx.example.com", authMode: "EPHEMERAL" } });
  await db.trunk.update({ where: { id: trunk.id }, data: { secretEnvelope: seal(trunkSecret, secretAad("Trunk", trunk.id), oldRing), secretChangedAt: new Date() } });
  const set = await db.iceServerSet.create({ data: { organizationId, name: "Old TURN" } });
  const turnSecret = canary("reseal-turn");
  const server = await db.iceServer.create({
    data: { organizationId, setId: set.id, kind: "TURN", urls: ["turn:turn.example.com:3478"], authMode: "STATIC", username: "u" },
  });
  await db.iceServer.update({ where: { id: server.id }, data: { secretEnvelope: seal(turnSecret, secretAad("IceServer", server.id), oldRing) } });
  // Retired long ago, so no concurrent signer or JWKS picks this key up.
  const kid = `reseal${randomBytes(6).toString("hex")}`;
  const jwk = JSON.stringify({ kid, canary: canary("reseal-jwk") });
  await db.signingKey.create({ data: { kid, publicJwk: {}, privateKeyEnvelope: seal(jwk, signingKeyAad(kid), oldRing), retiredAt: new Date(0) } });
  // Bound to another row: it must be reported and left as it is, never "repaired".
  const moved = await db.trunk.create({ data: { organizationId, name: "Moved", wsUrl: "wss://sbc.example.com", sipDomain: "pbx.example.com", authMode: "EPHEMERAL" } });
  await db.trunk.update({ where: { id: moved.id }, data: { secretEnvelope: seal(trunkSecret, secretAad("Trunk", trunk.id), oldRing) } });
  return { organizationId, actor, trunk, trunkSecret, set, turnSecret, kid, jwk, moved };
}

const envelopes = async (o: Awaited<ReturnType<typeof oldSecrets>>) => ({
  trunk: (await db.trunk.findUniqueOrThrow({ where: { id: o.trunk.id } })).secretEnvelope!,
  moved: (await db.trunk.findUniqueOrThrow({ where: { id: o.moved.id } })).secretEnvelope!,
  turn: (await db.iceServer.findFirstOrThrow({ where: { setId: o.set.id } })).secretEnvelope!,
  key: (await db.signingKey.findUniqueOrThrow({ where: { kid: o.kid } })).privateKeyEnvelope,
});

test("after a re-seal the old key can leave the ring and every secret still opens; a second run changes nothing", async () => {
  const o = await oldSecrets();
  const before = await envelopes(o);
  const primary = envKeyRing()[0]!.kid;
  // Without the old key nothing opens yet: this is what dropping a key too early would do.
  await expect(exportSbcSettings({ organizationId: o.organizationId, trunkId: o.trunk.id, actor: o.actor, appOrigin: "https://x.example" })).rejects.toThrow(/not in RINGLINK_ENCRYPTION_KEYS/);

  const first = await resealAll({ ring: rotating(), batchSize: 2 });
  expect(first.trunks.resealed).toBeGreaterThanOrEqual(1);
  expect(first.iceServers.resealed).toBeGreaterThanOrEqual(1);
  expect(first.signingKeys.resealed).toBeGreaterThanOrEqual(1);
  expect(first.trunks.failed).toContain(o.moved.id);
  const after = await envelopes(o);
  for (const k of ["trunk", "turn", "key"] as const) {
    expect(after[k]).not.toBe(before[k]);
    expect(after[k].startsWith(`v1.${primary}.`)).toBe(true);
  }
  expect(after.moved).toBe(before.moved);

  // The environment's ring has no old key: the services open what was re-sealed.
  const file = await exportSbcSettings({ organizationId: o.organizationId, trunkId: o.trunk.id, actor: o.actor, appOrigin: "https://x.example" });
  expect(file.body).toContain(`"secret", "${o.trunkSecret}")`);
  const turn = await mintTestCredentials({ organizationId: o.organizationId, setId: o.set.id });
  expect(turn[0]).toMatchObject({ username: "u", credential: o.turnSecret });
  expect(open(after.key, signingKeyAad(o.kid))).toBe(o.jwk);

  const second = await resealAll({ ring: rotating(), batchSize: 2 });
  expect([second.trunks.resealed, second.iceServers.resealed, second.signingKeys.resealed]).toEqual([0, 0, 0]);
  expect(second.trunks.failed).toContain(o.moved.id);
  expect(await envelopes(o)).toEqual(after);
});
