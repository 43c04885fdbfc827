import type { TCallEvent, TCallTicket } from "@/lib/shared/call-schemas";

export class CallRefusedError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

// Reports call progress to the app. The call token is single-use: the first report ("connecting") spends it and
// gets back an event key for this call only, used by the later reports (the call can outlast the token's 5 min).
export function createEventReporter(ticket: Pick<TCallTicket, "callId" | "token">, base = "") {
  let eventKey: string | null = null;
  const url = `${base}/api/v1/calls/${encodeURIComponent(ticket.callId)}/events`;

  async function send(event: TCallEvent, auth: string, keepalive = false) {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: auth },
      body: JSON.stringify(event),
      keepalive,
    });
    const body = (await res.json().catch(() => ({}))) as { eventKey?: string; error?: { code: string; message: string; details?: { reason?: string } } };
    if (!res.ok) throw new CallRefusedError(body.error?.details?.reason ?? body.error?.code ?? `http_${res.status}`, body.error?.message ?? "The call was refused.");
    return body;
  }

  return {
    // Must succeed before any SIP is sent: a refused (expired, replayed) token means no call.
    async connecting() {
      const body = await send({ type: "connecting" }, `Bearer ${ticket.token}`);
      eventKey = body.eventKey ?? null;
    },
    // Later reports are best effort: a lost "ringing" must never break a call in progress.
    report(event: TCallEvent) {
      if (!eventKey) return;
      void send(event, `EventKey ${eventKey}`, event.type === "ended").catch(() => undefined);
    },
  };
}
