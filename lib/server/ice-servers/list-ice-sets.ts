import "server-only";
import { db } from "@/lib/db";
import { ICE_SET_SELECT, toIceSetView } from "./ice-set-view";

export async function listIceSets(organizationId: string) {
  const rows = await db.iceServerSet.findMany({
    where: { organizationId },
    select: { ...ICE_SET_SELECT, _count: { select: { widgets: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ ...toIceSetView(r), widgetCount: r._count.widgets }));
}
