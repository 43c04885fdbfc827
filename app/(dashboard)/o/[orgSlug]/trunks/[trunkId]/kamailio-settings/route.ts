import { z } from "zod";
import { env } from "@/lib/env";
import { actorFrom } from "@/lib/server/audit/record-audit";
import { AppError } from "@/lib/server/errors";
import { withOrgRoute } from "@/lib/server/guard/with-org-route";
import { exportSbcSettings } from "@/lib/server/trunks/export-sbc-settings";

const ZParams = z.object({ trunkId: z.string().min(1).max(64) });

// Admins download the trunk's Kamailio settings, shared secret included: never cached, always a file.
export const GET = withOrgRoute("trunks.export", async (req, ctx, params) => {
  const parsed = ZParams.safeParse(params);
  if (!parsed.success) throw new AppError("not_found", "Trunk not found");
  // The call pages are served from the app's public URL; behind a proxy NEXTAUTH_URL says what that is.
  const appOrigin = new URL(env().NEXTAUTH_URL ?? req.url).origin;
  const { filename, body } = await exportSbcSettings({
    organizationId: ctx.org.id,
    trunkId: parsed.data.trunkId,
    actor: await actorFrom(ctx),
    appOrigin,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
