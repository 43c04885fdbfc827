import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { notFound } from "@/lib/server/errors";
import type { TLookup } from "@/lib/server/net/resolve-target";
import { probeSbc, type TProbeResult } from "./probe-sbc";

export type TCheckConnection = { organizationId: string; actor: TAuditActor; trunkId: string; timeoutMs?: number; lookup?: TLookup };

// Sends real traffic from our servers to an admin-chosen address: admins only (trunks.write), SSRF rules in
// resolveTarget, bounded by a timeout. The network part runs outside any transaction.
export async function checkConnection(o: TCheckConnection): Promise<TProbeResult & { checkedAt: string }> {
  const trunk = await db.trunk.findFirst({
    where: { id: o.trunkId, organizationId: o.organizationId },
    select: { id: true, wsUrl: true, sipDomain: true },
  });
  if (!trunk) throw notFound("Trunk not found");
  const result = await probeSbc(trunk.wsUrl, {
    sipDomain: trunk.sipDomain,
    allowPrivate: env().RINGLINK_ALLOW_PRIVATE_TARGETS,
    timeoutMs: o.timeoutMs,
    lookup: o.lookup,
  });
  const checkedAt = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.trunk.updateMany({
      where: { id: trunk.id, organizationId: o.organizationId },
      data: {
        lastCheckAt: checkedAt,
        lastCheckOk: result.ok,
        lastCheckCode: result.code,
        lastCheckRttMs: result.rttMs,
        lastCheckServer: result.server,
        lastCheckError: result.ok ? null : result.message,
      },
    });
    if (count !== 1) throw notFound("Trunk not found"); // deleted while we were checking
    await recordAudit(tx, o.actor, {
      action: "trunk.check",
      resourceType: "trunk",
      resourceId: trunk.id,
      metadata: { ok: result.ok, code: result.code, failure: result.failure, rttMs: result.rttMs },
    });
  });
  return { ...result, checkedAt: checkedAt.toISOString() };
}
