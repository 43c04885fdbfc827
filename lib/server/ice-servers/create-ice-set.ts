import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import type { TIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";
import { ICE_SET_SELECT, toIceSetView } from "./ice-set-view";
import { assertRelayOnlyHasTurn } from "./relay-only-rule";
import { writeServers } from "./write-servers";

export async function createIceSet(o: { organizationId: string; actor: TAuditActor; input: TIceSetInput }) {
  assertRelayOnlyHasTurn(o.input);
  return db.$transaction(async (tx) => {
    const set = await tx.iceServerSet.create({
      data: { organizationId: o.organizationId, name: o.input.name, relayOnly: o.input.relayOnly },
      select: { id: true },
    });
    // New servers only: ids sent by the client cannot match anything in a set that did not exist a moment ago.
    const written = await writeServers(tx, { organizationId: o.organizationId, setId: set.id, servers: o.input.servers });
    const row = await tx.iceServerSet.findUniqueOrThrow({ where: { id: set.id }, select: ICE_SET_SELECT });
    await recordAudit(tx, o.actor, {
      action: "ice_set.create",
      resourceType: "ice_server_set",
      resourceId: set.id,
      metadata: { name: row.name, relayOnly: row.relayOnly, servers: row.servers.map((s) => ({ kind: s.kind, urls: s.urls, authMode: s.authMode })), secrets: written.secrets },
    });
    return toIceSetView(row);
  });
}
