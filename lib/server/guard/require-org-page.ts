import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import type { TPermission } from "@/lib/shared/permissions";
import { resolveOrgContext } from "./org-context";

// For server components: signed-out visitors go to sign-in, non-members and missing permissions see a 404.
export async function requireOrgPage(orgSlug: string, permission: TPermission = "org.read") {
  try {
    return await resolveOrgContext(orgSlug, permission);
  } catch (err) {
    if (err instanceof AppError && err.code === "unauthorized") redirect("/sign-in");
    if (err instanceof AppError) notFound();
    throw err;
  }
}
