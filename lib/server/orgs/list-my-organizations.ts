import "server-only";
import { db } from "@/lib/db";
import type { TRole } from "@/lib/shared/permissions";

export type TMyOrganization = { id: string; slug: string; name: string; role: TRole };

// Scoped by the user, not an organization: this is the list the org switcher offers.
export async function listMyOrganizations(userId: string): Promise<TMyOrganization[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return rows.map((m) => ({ ...m.organization, role: m.role }));
}
