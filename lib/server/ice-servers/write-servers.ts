import "server-only";
import type { TTx } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { CLEARED_SECRET, sealSecret, submittedSecret, type TSecretChange } from "@/lib/server/secrets/write-only-secret";
import type { TIceServerInput } from "@/lib/shared/ice-servers/ice-schemas";

function secretMissing(index: number, mode: TIceServerInput["authMode"]) {
  const message = mode === "REST" ? "Enter the shared secret (coturn static-auth-secret)" : "Enter the TURN password";
  return new AppError("bad_request", `Server ${index + 1}: ${message}`, { fieldErrors: { [`servers.${index}.secret`]: message } });
}

// Makes the set's servers equal to `servers`, in order. A server keeps its id (and its sealed secret) only when the
// submitted id belongs to this set of this organization; any other id is treated as a new server.
export async function writeServers(tx: TTx, o: { organizationId: string; setId: string; servers: TIceServerInput[] }) {
  const existing = await tx.iceServer.findMany({
    where: { organizationId: o.organizationId, setId: o.setId },
    select: { id: true, authMode: true, secretEnvelope: true },
  });
  const byId = new Map(existing.map((s) => [s.id, s]));
  const kept: string[] = [];
  const secrets: TSecretChange[] = [];
  for (const [position, input] of o.servers.entries()) {
    const prior = input.id ? byId.get(input.id) : undefined;
    if (prior) byId.delete(prior.id); // the same id twice in one submission becomes a new server the second time
    const fresh = submittedSecret(input.secret);
    if (input.authMode !== "NONE" && !fresh && (!prior?.secretEnvelope || prior.authMode !== input.authMode)) {
      throw secretMissing(position, input.authMode);
    }
    const fields = {
      position,
      kind: input.kind,
      urls: input.urls,
      authMode: input.authMode,
      username: input.authMode === "STATIC" ? (input.username ?? null) : null,
      ttlSeconds: input.ttlSeconds,
    };
    const row = prior
      ? await tx.iceServer.update({ where: { id: prior.id }, data: fields, select: { id: true } })
      : await tx.iceServer.create({ data: { ...fields, organizationId: o.organizationId, setId: o.setId }, select: { id: true } });
    let change: TSecretChange = "unchanged";
    if (input.authMode === "NONE" && prior?.secretEnvelope) {
      change = "cleared";
      await tx.iceServer.update({ where: { id: row.id }, data: CLEARED_SECRET });
    } else if (fresh) {
      change = prior?.secretEnvelope ? "replaced" : "set";
      await tx.iceServer.update({ where: { id: row.id }, data: sealSecret({ table: "IceServer", id: row.id, secret: fresh }) });
    }
    kept.push(row.id);
    secrets.push(change);
  }
  const removed = await tx.iceServer.deleteMany({ where: { organizationId: o.organizationId, setId: o.setId, id: { notIn: kept } } });
  return { serverIds: kept, secrets, removed: removed.count };
}
