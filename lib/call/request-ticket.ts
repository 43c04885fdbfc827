import type { TCallTicket, TStartCall, TStartCallError } from "@/lib/shared/call-schemas";
import { CallRefusedError } from "./call-events-client";

// The server puts the precise reason in details.reason; the code is the HTTP-level class of error.
export const refusalReason = (err: TStartCallError | undefined) => (typeof err?.details?.reason === "string" ? err.details.reason : err?.code);

// A refusal carries the server's reason code; the page turns it into words in the widget's language (refusal-text.ts).
// The server's own message is English and meant for developers, so it only travels as the error's message.
export async function requestTicket(publicId: string, body: TStartCall, base = ""): Promise<TCallTicket> {
  const res = await fetch(`${base}/api/v1/widgets/${encodeURIComponent(publicId)}/calls`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as TCallTicket & { error?: TStartCallError };
  if (!res.ok) {
    const code = refusalReason(json.error) ?? (res.status === 429 ? "rate_limited" : `http_${res.status}`);
    throw new CallRefusedError(code, json.error?.message ?? `HTTP ${res.status}`);
  }
  return json;
}
