import "server-only";
import { db } from "@/lib/db";

// Where "/app" sends a signed-in user: the organization they joined first (a stable choice across visits).
export async function firstOrganizationSlug(userId: string): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { organization: { select: { slug: true } } },
  });
  return membership?.organization.slug ?? null;
}
