import type { TCallTicket, TStartCall, TStartCallError } from "@/lib/shared/call-schemas";
import { CallRefusedError } from "./call-events-client";

// Words for each refusal the server can give; the server's own message is the fallback for codes added later.
const REFUSALS: Record<string, string> = {
  widget_inactive: "Calls are switched off here at the moment.",
  closed: "We are closed right now. Please call back during opening hours.",
  origin_not_allowed: "Calls cannot be started from this website.",
  rate_limited: "Too many calls in a short time. Please try again later.",
  daily_limit: "No more calls can be taken today. Please try again later.",
  busy_lines: "All our lines are busy. Please try again in a few minutes.",
  invalid_form: "Please check the form and try again.",
  not_found: "This call link does not exist.",
};

// The server puts the precise reason in details.reason; the code is the HTTP-level class of error.
export const refusalReason = (err: TStartCallError | undefined) => (typeof err?.details?.reason === "string" ? err.details.reason : err?.code);

export function refusalMessage(err: TStartCallError | undefined, status: number): string {
  const reason = refusalReason(err);
  if (reason && REFUSALS[reason]) return REFUSALS[reason]!;
  if (status === 429) return REFUSALS.rate_limited!;
  return err?.message ?? "The call could not be started. Please try again later.";
}

export async function requestTicket(publicId: string, body: TStartCall, base = ""): Promise<TCallTicket> {
  const res = await fetch(`${base}/api/v1/widgets/${encodeURIComponent(publicId)}/calls`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as TCallTicket & { error?: TStartCallError };
  if (!res.ok) throw new CallRefusedError(refusalReason(json.error) ?? `http_${res.status}`, refusalMessage(json.error, res.status));
  return json;
}
