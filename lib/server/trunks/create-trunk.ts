import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { sealSecret, submittedSecret } from "@/lib/server/secrets/write-only-secret";
import type { TTrunkInput } from "@/lib/shared/trunks/trunk-schemas";
import { secretRequired, trunkFields } from "./trunk-fields";
import { TRUNK_SELECT, toTrunkView } from "./trunk-view";

export async function createTrunk(o: { organizationId: string; actor: TAuditActor; input: TTrunkInput }) {
  const secret = submittedSecret(o.input.secret);
  if (o.input.authMode !== "NONE" && !secret) throw secretRequired(o.input.authMode);
  return db.$transaction(async (tx) => {
    const created = await tx.trunk.create({ data: { organizationId: o.organizationId, ...trunkFields(o.input) }, select: { id: true } });
    // Sealed after the insert: the envelope's AAD names the row id, which only exists now.
    const row = await tx.trunk.update({
      where: { id_organizationId: { id: created.id, organizationId: o.organizationId } },
      data: secret ? sealSecret({ table: "Trunk", id: created.id, secret }) : {},
      select: TRUNK_SELECT,
    });
    await recordAudit(tx, o.actor, {
      action: "trunk.create",
      resourceType: "trunk",
      resourceId: row.id,
      metadata: { name: row.name, preset: row.preset, authMode: row.authMode, wsUrl: row.wsUrl, secret: secret ? "set" : "none" },
    });
    return toTrunkView(row);
  });
}
