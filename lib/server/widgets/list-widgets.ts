import "server-only";
import { db } from "@/lib/db";
import { isOpenAt, ZHours } from "@/lib/shared/widget/hours";

export async function listWidgets(organizationId: string, now = new Date()) {
  const rows = await db.widget.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, name: true, slug: true, publicId: true, status: true, destination: true, hours: true, hostedLinkEnabled: true,
      allowedOrigins: true, updatedAt: true, trunk: { select: { name: true } },
      _count: { select: { leads: { where: { handledAt: null } } } },
    },
  });
  return rows.map(({ hours, _count, trunk, ...w }) => {
    const h = ZHours.safeParse(hours ?? {});
    return { ...w, trunkName: trunk?.name ?? null, openNow: h.success ? isOpenAt(h.data, now) : true, openLeads: _count.leads };
  });
}
export type TWidgetListItem = Awaited<ReturnType<typeof listWidgets>>[number];
