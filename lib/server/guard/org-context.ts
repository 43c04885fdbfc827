import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { getCurrentUser, type TCurrentUser } from "@/lib/server/auth/current-user";
import { can, type TPermission, type TRole } from "@/lib/shared/permissions";

export type TOrgContext = {
  user: TCurrentUser;
  org: { id: string; slug: string; name: string };
  role: TRole;
};

// Resolves who is asking and in which organization, from the session and the URL's org slug only. Non-members get
// not_found (never "forbidden"), so probing other organizations' URLs reveals nothing.
export async function resolveOrgContext(orgSlug: string, permission: TPermission): Promise<TOrgContext> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  const membership = await db.membership.findFirst({
    where: { userId: user.id, organization: { slug: orgSlug } },
    include: { organization: { select: { id: true, slug: true, name: true } } },
  });
  if (!membership) throw new AppError("not_found", "Not found");
  if (!can(membership.role, permission)) {
    throw new AppError("forbidden", "Your role in this organization does not allow that. Ask an admin or owner.");
  }
  return { user, org: membership.organization, role: membership.role };
}
