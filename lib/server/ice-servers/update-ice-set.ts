import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { notFound } from "@/lib/server/errors";
import type { TIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";
import { ICE_SET_SELECT, toIceSetView } from "./ice-set-view";
import { assertRelayOnlyHasTurn } from "./relay-only-rule";
import { writeServers } from "./write-servers";

export async function updateIceSet(o: { organizationId: string; actor: TAuditActor; setId: string; input: TIceSetInput }) {
  return db.$transaction(async (tx) => {
    const where = { id: o.setId, organizationId: o.organizationId };
    const before = await tx.iceServerSet.findFirst({ where, select: { relayOnly: true } });
    if (!before) throw notFound("ICE server set not found");
    // After the not-found check, so another organization's set id learns nothing from the rule's message. Removing
    // the last TURN server of a relay-only set lands here too: refused unless the same save turns relay-only off.
    assertRelayOnlyHasTurn(o.input);
    // The update locks the set's row until commit, so two saves of one set cannot interleave their server lists.
    const { count } = await tx.iceServerSet.updateMany({ where, data: { name: o.input.name, relayOnly: o.input.relayOnly } });
    if (count !== 1) throw notFound("ICE server set not found");
    const written = await writeServers(tx, { organizationId: o.organizationId, setId: o.setId, servers: o.input.servers });
    const row = await tx.iceServerSet.findFirstOrThrow({ where, select: ICE_SET_SELECT });
    await recordAudit(tx, o.actor, {
      action: "ice_set.update",
      resourceType: "ice_server_set",
      resourceId: row.id,
      metadata: {
        name: row.name,
        relayOnly: { from: before.relayOnly, to: row.relayOnly },
        servers: row.servers.map((s) => ({ kind: s.kind, urls: s.urls, authMode: s.authMode })),
        secrets: written.secrets,
        removedServers: written.removed,
      },
    });
    return toIceSetView(row);
  });
}
