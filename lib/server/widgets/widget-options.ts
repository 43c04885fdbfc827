import "server-only";
import { db } from "@/lib/db";

export type TWidgetOptions = { trunks: { id: string; name: string }[]; iceSets: { id: string; name: string }[] };

// The select options of the builder: only this organization's trunks and ICE server sets.
export async function listWidgetOptions(organizationId: string): Promise<TWidgetOptions> {
  const [trunks, iceSets] = await Promise.all([
    db.trunk.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.iceServerSet.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { trunks, iceSets };
}
