import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { notFound } from "@/lib/server/errors";
import { CLEARED_SECRET, sealSecret, submittedSecret, type TSecretChange } from "@/lib/server/secrets/write-only-secret";
import type { TTrunkInput } from "@/lib/shared/trunks/trunk-schemas";
import { secretRequired, trunkFields } from "./trunk-fields";
import { TRUNK_SELECT, toTrunkView } from "./trunk-view";

export async function updateTrunk(o: { organizationId: string; actor: TAuditActor; trunkId: string; input: TTrunkInput }) {
  return db.$transaction(async (tx) => {
    const where = { id_organizationId: { id: o.trunkId, organizationId: o.organizationId } };
    const current = await tx.trunk.findUnique({ where, select: { ...TRUNK_SELECT, secretEnvelope: true } });
    if (!current) throw notFound("Trunk not found");
    const fields = trunkFields(o.input);
    const fresh = submittedSecret(o.input.secret);
    let secretChange: TSecretChange = "unchanged";
    let secretColumns = {};
    if (fields.authMode === "NONE") {
      if (current.secretEnvelope) [secretChange, secretColumns] = ["cleared", CLEARED_SECRET];
    } else if (fresh) {
      secretChange = current.secretEnvelope ? "replaced" : "set";
      secretColumns = sealSecret({ table: "Trunk", id: current.id, secret: fresh });
    } else if (!current.secretEnvelope || current.authMode !== fields.authMode) {
      // A shared secret and an extension password are different things: switching modes needs the new one.
      throw secretRequired(fields.authMode);
    }
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (k) => JSON.stringify(fields[k]) !== JSON.stringify(current[k]),
    );
    const row = await tx.trunk.update({ where, data: { ...fields, ...secretColumns }, select: TRUNK_SELECT });
    await recordAudit(tx, o.actor, {
      action: "trunk.update",
      resourceType: "trunk",
      resourceId: row.id,
      metadata: { changed, secret: secretChange },
    });
    return toTrunkView(row);
  });
}
