import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import type { TPermission } from "@/lib/shared/permissions";
import type { TActionResult } from "@/lib/shared/action-result";
import { resolveOrgContext, type TOrgContext } from "./org-context";
import { assertSameOrigin } from "./same-origin";

// The server-action guard. Server actions are public POST endpoints: the checks live here, inside the action, never
// only in the page that renders the form. Returns a result object (never throws to the client) so forms can show
// field errors; unexpected errors become a generic message with the detail in the server log.
export function orgAction<S extends z.ZodType, R>(
  permission: TPermission,
  schema: S,
  fn: (ctx: TOrgContext, input: z.infer<S>) => Promise<R>,
) {
  return async (orgSlug: string, raw: unknown): Promise<TActionResult<R>> => {
    try {
      assertSameOrigin(await headers());
      const ctx = await resolveOrgContext(String(orgSlug), permission);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issue.message;
        return { ok: false, code: "bad_request", message: "Check the highlighted fields.", fieldErrors };
      }
      return { ok: true, data: await fn(ctx, parsed.data) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, code: err.code, message: err.message, details: err.details };
      console.error("server action failed", err);
      return { ok: false, code: "internal", message: "Something went wrong on our side. Try again." };
    }
  };
}
