import "server-only";
import { db } from "@/lib/db";
import { TRUNK_SELECT, toTrunkView } from "./trunk-view";

export async function listTrunks(organizationId: string) {
  const rows = await db.trunk.findMany({ where: { organizationId }, select: TRUNK_SELECT, orderBy: { createdAt: "asc" } });
  return rows.map(toTrunkView);
}
