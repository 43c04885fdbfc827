import { recordCallEvent, type TEventAuth } from "@/lib/server/calls/record-call-event";
import { AppError, toResponse } from "@/lib/server/errors";
import { ZCallEvent } from "@/lib/shared/call-schemas";

export const dynamic = "force-dynamic";

function auth(header: string | null): TEventAuth {
  const [scheme, value] = (header ?? "").split(" ", 2);
  if (scheme === "Bearer" && value) return { kind: "token", token: value };
  if (scheme === "EventKey" && value) return { kind: "event-key", key: value };
  throw new AppError("unauthorized", "A call token is required.", { reason: "token_missing" });
}

// The dialer's reports (connecting, ringing, answered, ended). The first one spends the single-use call token.
export async function POST(req: Request, { params }: { params: Promise<{ callId: string }> }) {
  try {
    const { callId } = await params;
    const credentials = auth(req.headers.get("authorization"));
    const parsed = ZCallEvent.safeParse(await req.json().catch(() => null));
    if (!parsed.success) throw new AppError("bad_request", "The call event is malformed.", { reason: "bad_request" });
    const result = await recordCallEvent(callId, credentials, parsed.data);
    return Response.json({ ok: true, recorded: result.recorded, ...(result.eventKey ? { eventKey: result.eventKey } : {}) }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return toResponse(err);
  }
}
