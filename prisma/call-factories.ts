// Factories for callable widgets (trunk + ICE set + widget), shared by integration tests, the lab seed and benchmarks.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Prisma } from "../lib/generated/prisma/client";
import { fieldAad, seal } from "../lib/server/crypto/envelope";

const unique = () => randomBytes(5).toString("hex");

export type TCallableWidgetOptions = {
  trunk?: Partial<Prisma.TrunkUncheckedCreateInput> & { secret?: string };
  iceServers?: { kind: "STUN" | "TURN"; urls: string[]; authMode?: "NONE" | "REST" | "STATIC"; username?: string; secret?: string; ttlSeconds?: number }[];
  widget?: Partial<Prisma.WidgetUncheckedCreateInput>;
  relayOnly?: boolean;
};

export async function createCallableWidget(db: PrismaClient, organizationId: string, o: TCallableWidgetOptions = {}) {
  const { secret = `trunk-secret-${unique()}`, ...trunkData } = o.trunk ?? {};
  const trunk = await db.trunk.create({
    data: { organizationId, name: `Trunk ${unique()}`, wsUrl: "wss://sbc.example.test:8443", sipDomain: "sbc.example.test", authMode: "EPHEMERAL", ...trunkData },
  });
  const sealedTrunk = trunk.authMode === "NONE" ? trunk : await db.trunk.update({
    where: { id: trunk.id },
    data: { secretEnvelope: seal(secret, fieldAad("Trunk", trunk.id, "secretEnvelope")), secretLast4: secret.slice(-4), secretChangedAt: new Date() },
  });
  const set = await db.iceServerSet.create({ data: { organizationId, name: `ICE ${unique()}`, relayOnly: o.relayOnly ?? false } });
  for (const [position, s] of (o.iceServers ?? []).entries()) {
    const row = await db.iceServer.create({
      data: { organizationId, setId: set.id, position, kind: s.kind, urls: s.urls, authMode: s.authMode ?? "NONE", username: s.username, ttlSeconds: s.ttlSeconds ?? 3600 },
    });
    if (s.secret) await db.iceServer.update({ where: { id: row.id }, data: { secretEnvelope: seal(s.secret, fieldAad("IceServer", row.id, "secretEnvelope")), secretLast4: s.secret.slice(-4) } });
  }
  const suffix = unique();
  const widget = await db.widget.create({
    data: { organizationId, publicId: randomBytes(12).toString("base64url").replace(/[-_]/g, "x"), slug: `call-${suffix}`, name: `Widget ${suffix}`, trunkId: trunk.id, iceServerSetId: set.id, destination: "1000", ...o.widget },
  });
  return { trunk: sealedTrunk, trunkSecret: secret, iceSet: set, widget };
}
