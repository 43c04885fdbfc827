import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createTrunk } from "@/lib/server/trunks/create-trunk";
import { updateTrunk } from "@/lib/server/trunks/update-trunk";
import { checkConnection } from "@/lib/server/trunks/check-connection";
import { createIceSet } from "@/lib/server/ice-servers/create-ice-set";
import { updateIceSet } from "@/lib/server/ice-servers/update-ice-set";
import { mintTestCredentials } from "@/lib/server/ice-servers/mint-test-credentials";
import { startCall } from "@/lib/server/calls/start-call";
import { createWidgetRow } from "@/prisma/factories";
import type { TTrunkInput } from "@/lib/shared/trunks/trunk-schemas";
import { canary, orgWithActor } from "@/test/org-fixture";

// "Secrets stolen from a dump or backup": what an attacker with a pg_dump sees. Every row of every table, as JSON
// text, so json/jsonb columns (audit metadata, widget settings) are read as well as text columns.
async function dumpDatabase(): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    select quote_ident(table_name) as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'`;
  expect(tables.length).toBeGreaterThan(10);
  const parts: string[] = [];
  for (const { name } of tables) {
    // The identifier comes from the catalog, quoted by PostgreSQL itself, not from any input.
    const rows = await db.$queryRawUnsafe<{ j: string }[]>(`select row_to_json(t)::text as j from ${name} t`);
    parts.push(...rows.map((r) => r.j));
  }
  return parts.join("\n");
}

// The plain value and the encodings a careless log line or JSON field would use.
function forms(secret: string): string[] {
  const b = Buffer.from(secret);
  return [secret, b.toString("base64"), b.toString("base64url"), b.toString("hex"), encodeURIComponent(secret)];
}

const trunkInput = (over: Partial<TTrunkInput>): TTrunkInput => ({
  name: "Dump check",
  preset: "RINGLINK_KAMAILIO",
  // Nothing listens on port 9 of loopback: the connection check fails at once and records why.
  wsUrl: "ws://127.0.0.1:9",
  sipDomain: "pbx.example.com",
  authMode: "EPHEMERAL",
  hmacAlgorithm: "SHA1",
  allowedHeaders: [],
  sendContextHeaders: false,
  ...over,
});

describe("secrets at rest", () => {
  test("a full dump of every table holds no canary, plain or encoded, after secrets went through every service", async () => {
    const { organizationId, actor } = await orgWithActor();
    const secrets = { trunk: canary("dump-trunk"), replaced: canary("dump-trunk2"), pbx: canary("dump-pbx"), turnRest: canary("dump-rest"), turnStatic: canary("dump-static") };

    const trunk = await createTrunk({ organizationId, actor, input: trunkInput({ secret: secrets.trunk }) });
    await updateTrunk({ organizationId, actor, trunkId: trunk.id, input: trunkInput({ name: "Dump check 2", secret: secrets.replaced }) });
    await checkConnection({ organizationId, actor, trunkId: trunk.id });
    await createTrunk({ organizationId, actor, input: trunkInput({ authMode: "STATIC", staticUsername: "web", secret: secrets.pbx }) });
    const set = await createIceSet({
      organizationId,
      actor,
      input: {
        name: "Dump check",
        relayOnly: false,
        servers: [
          { kind: "TURN", urls: ["turn:turn.example.org"], authMode: "REST", secret: secrets.turnRest, ttlSeconds: 600 },
          { kind: "TURN", urls: ["turns:turn.example.org:443"], authMode: "STATIC", username: "visitor", secret: secrets.turnStatic, ttlSeconds: 600 },
        ],
      },
    });
    await updateIceSet({ organizationId, actor, setId: set.id, input: { name: "Dump check 2", relayOnly: false, servers: set.servers.map((s) => ({ id: s.id, kind: s.kind, urls: s.urls, authMode: s.authMode, username: s.username ?? undefined, ttlSeconds: s.ttlSeconds, secret: s.secret.masked })) } });
    await mintTestCredentials({ organizationId, setId: set.id });
    // A visitor's call: the Call row, its token id and context are written; the secrets must not be.
    const widget = await createWidgetRow(db, organizationId, { trunkId: trunk.id, iceServerSetId: set.id });
    const own = "https://app.ringlink.test";
    const ticket = await startCall({ publicId: widget.publicId, input: { formAnswers: {} }, requestOrigin: own, ownOrigin: own, ip: "203.0.113.7", userAgent: "vitest" });
    expect(ticket.iceServers.some((s) => s.credential === secrets.turnStatic)).toBe(true); // by design, in the response only

    // The control proves the dump reads json and text columns: a planted value must be found.
    const planted = canary("planted");
    await db.auditLog.create({ data: { organizationId, action: "test.control", resourceType: "test", metadata: { note: Buffer.from(planted).toString("base64") } } });

    const dump = await dumpDatabase();
    expect(dump).toContain(Buffer.from(planted).toString("base64"));
    expect(dump).toContain(trunk.id);
    for (const [label, secret] of Object.entries(secrets)) {
      for (const form of forms(secret)) expect(dump.includes(form), `${label} as ${form}`).toBe(false);
    }
  });
});
