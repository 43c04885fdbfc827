import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/server/errors";
import { TRUNK_SELECT, toTrunkView } from "./trunk-view";

export async function getTrunk(o: { organizationId: string; trunkId: string }) {
  const row = await db.trunk.findFirst({ where: { id: o.trunkId, organizationId: o.organizationId }, select: TRUNK_SELECT });
  if (!row) throw notFound("Trunk not found");
  const widgets = await db.widget.findMany({
    where: { organizationId: o.organizationId, trunkId: o.trunkId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { ...toTrunkView(row), widgets };
}
