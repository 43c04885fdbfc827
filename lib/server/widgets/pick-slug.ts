import "server-only";
import type { TTx } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { freeSlug } from "./widget-data";

// An explicitly chosen slug must be free (silently renaming a link the admin typed would be a surprise); an empty
// one is derived from the name and made unique.
export async function pickSlug(tx: TTx, input: { slug: string; name: string }, exceptId?: string) {
  if (!input.slug) return freeSlug(tx, input.name, exceptId);
  const taken = await tx.widget.findFirst({ where: { slug: input.slug, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new AppError("conflict", "Check the highlighted fields.", { fieldErrors: { slug: "This link is already taken. Try another." } });
  return input.slug;
}

export function isUniqueViolation(err: unknown) {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}
