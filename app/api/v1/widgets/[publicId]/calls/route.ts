import { env } from "@/lib/env";
import { startCall } from "@/lib/server/calls/start-call";
import { AppError, toResponse } from "@/lib/server/errors";
import { clientIp, userAgent } from "@/lib/server/http/client-ip";
import { ZStartCall } from "@/lib/shared/call-schemas";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

// Mints one call: checks, a Call row, and the ticket the visitor's dialer needs. Everything is in startCall().
export async function POST(req: Request, { params }: { params: Promise<{ publicId: string }> }) {
  try {
    const { publicId } = await params;
    const parsed = ZStartCall.safeParse(await req.json().catch(() => null));
    if (!parsed.success) throw new AppError("bad_request", "The call request is malformed.", { reason: "bad_request" });
    const ticket = await startCall({
      publicId,
      input: parsed.data,
      requestOrigin: req.headers.get("origin"),
      ownOrigin: new URL(env().NEXTAUTH_URL ?? req.url).origin,
      ip: clientIp(req.headers),
      userAgent: userAgent(req.headers),
    });
    return Response.json(ticket, { headers: NO_STORE });
  } catch (err) {
    const retry = err instanceof AppError ? err.details?.retryAfterSeconds : undefined;
    return toResponse(err, typeof retry === "number" ? { ...NO_STORE, "retry-after": String(retry) } : NO_STORE);
  }
}
