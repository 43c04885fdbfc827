import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getCurrentUser, type TCurrentUser } from "@/lib/server/auth/current-user";
import type { TActionResult } from "@/lib/shared/action-result";
import { assertSameOrigin } from "./same-origin";

// The guard for server actions that belong to a signed-in user but not (yet) to an organization: creating one,
// accepting an invite. Same shape as orgAction: Origin check, session, zod, result object, no thrown details.
export function userAction<S extends z.ZodType, R>(schema: S, fn: (user: TCurrentUser, input: z.infer<S>) => Promise<R>) {
  return publicAction(schema, async (input) => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Sign in to continue.");
    return fn(user, input);
  });
}

// For the few actions a signed-out visitor may call (sign-up through an invite, which the token itself authorises).
export function publicAction<S extends z.ZodType, R>(schema: S, fn: (input: z.infer<S>) => Promise<R>) {
  return async (raw: unknown): Promise<TActionResult<R>> => {
    try {
      assertSameOrigin(await headers());
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issue.message;
        return { ok: false, code: "bad_request", message: "Check the highlighted fields.", fieldErrors };
      }
      return { ok: true, data: await fn(parsed.data) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, code: err.code, message: err.message, details: err.details };
      console.error("server action failed", err);
      return { ok: false, code: "internal", message: "Something went wrong on our side. Try again." };
    }
  };
}
