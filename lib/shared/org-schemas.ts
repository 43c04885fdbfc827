import { z } from "zod";

export const ZOrgName = z
  .string()
  .trim()
  .min(2, { message: "Use at least 2 characters." })
  .max(64, { message: "Use at most 64 characters." });

export const ZCreateOrganization = z.object({ name: ZOrgName });
export type TCreateOrganization = z.infer<typeof ZCreateOrganization>;

export const ZRenameOrganization = z.object({ name: ZOrgName });
export type TRenameOrganization = z.infer<typeof ZRenameOrganization>;

// A URL-safe slug from a display name. Uniqueness is the database's job (the service retries with a suffix).
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base.length >= 2 ? base : "org";
}
