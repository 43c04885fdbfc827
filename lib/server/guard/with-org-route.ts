import "server-only";
import { AppError, toResponse } from "@/lib/server/errors";
import type { TPermission } from "@/lib/shared/permissions";
import { resolveOrgContext, type TOrgContext } from "./org-context";
import { assertSameOrigin } from "./same-origin";

type TParams = Promise<{ orgSlug: string } & Record<string, string>>;
type THandler = (req: Request, ctx: TOrgContext, params: Record<string, string>) => Promise<Response>;

// The route-handler guard: declares its permission at the call site, checks session + membership + role, and for
// cookie-authenticated mutations the Origin header (CSRF), then maps errors to responses.
export function withOrgRoute(permission: TPermission, handler: THandler) {
  return async (req: Request, { params }: { params: TParams }) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") assertSameOrigin(req.headers);
      const p = await params;
      const ctx = await resolveOrgContext(p.orgSlug, permission);
      return await handler(req, ctx, p);
    } catch (err) {
      return toResponse(err);
    }
  };
}

export { AppError };
