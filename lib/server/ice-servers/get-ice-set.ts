import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/server/errors";
import { ICE_SET_SELECT, toIceSetView } from "./ice-set-view";

export async function getIceSet(o: { organizationId: string; setId: string }) {
  const row = await db.iceServerSet.findFirst({ where: { id: o.setId, organizationId: o.organizationId }, select: ICE_SET_SELECT });
  if (!row) throw notFound("ICE server set not found");
  const widgets = await db.widget.findMany({
    where: { organizationId: o.organizationId, iceServerSetId: row.id },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { ...toIceSetView(row), widgets };
}
