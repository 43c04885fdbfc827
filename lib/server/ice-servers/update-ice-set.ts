import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { notFound } from "@/lib/server/errors";
import type { TIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";
import { ICE_SET_SELECT, toIceSetView } from "./ice-set-view";
import { writeServers } from "./write-servers";

export async function updateIceSet(o: { organizationId: string; actor: TAuditActor; setId: string; input: TIceSetInput }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.iceServerSet.updateMany({ where: { id: o.setId, organizationId: o.organizationId }, data: { name: o.input.name } });
    if (count !== 1) throw notFound("ICE server set not found");
    const written = await writeServers(tx, { organizationId: o.organizationId, setId: o.setId, servers: o.input.servers });
    const row = await tx.iceServerSet.findFirstOrThrow({ where: { id: o.setId, organizationId: o.organizationId }, select: ICE_SET_SELECT });
    await recordAudit(tx, o.actor, {
      action: "ice_set.update",
      resourceType: "ice_server_set",
      resourceId: row.id,
      metadata: {
        name: row.name,
        servers: row.servers.map((s) => ({ kind: s.kind, urls: s.urls, authMode: s.authMode })),
        secrets: written.secrets,
        removedServers: written.removed,
      },
    });
    return toIceSetView(row);
  });
}
