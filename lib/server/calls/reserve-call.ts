import "server-only";
import { db } from "@/lib/db";
import { refuse } from "./call-refusal";

// A minted ticket that never turned into a call stops holding a line once its token has expired.
export const CALL_TOKEN_TTL_SECONDS = 300;

export type TNewCall = {
  id: string;
  tokenId: string;
  destination: string;
  origin?: string | null;
  pageUrl?: string | null;
  referrer?: string | null;
  utm?: Record<string, string>;
  formAnswers?: Record<string, string | boolean>;
  visitorIpHash?: string | null;
  userAgent?: string | null;
  maxEndsAt: Date;
};

export type TCallLimits = { ipKey: string; perIpPerHour: number; perDay: number; maxConcurrent: number };

type TReserve = { organizationId: string; widgetId: string; now: Date; limits: TCallLimits; call: TNewCall };

// Fixed windows in the shared RateLimitCounter table (same scheme as lib/server/rate-limit), start in the key.
function window(key: string, seconds: number, now: Date) {
  const start = Math.floor(now.getTime() / 1000 / seconds) * seconds;
  return { key: `${key}@${start}`, resetsAt: new Date((start + seconds) * 1000) };
}

// One statement, one round trip, one commit: ringlink_reserve_call() (see its migration) counts both rate limits,
// locks the widget row and inserts the call only if a line is free. The lock serialises parallel mints of a widget.
export async function reserveCall(r: TReserve) {
  const c = r.call;
  const ip = window(`call:ip:${r.widgetId}:${r.limits.ipKey}`, 3600, r.now);
  const day = window(`call:day:${r.widgetId}`, 86_400, r.now);
  const tokenCutoff = new Date(r.now.getTime() - CALL_TOKEN_TTL_SECONDS * 1000);
  const rows = await db.$queryRaw<{ r: string }[]>`
    select ringlink_reserve_call(
      ${c.id}::text, ${r.organizationId}::text, ${r.widgetId}::text, ${c.destination}::text, ${c.tokenId}::text,
      ${c.origin ?? null}::text, ${c.pageUrl ?? null}::text, ${c.referrer ?? null}::text, ${JSON.stringify(c.utm ?? {})}::jsonb,
      ${JSON.stringify(c.formAnswers ?? {})}::jsonb, ${c.visitorIpHash ?? null}::text, ${c.userAgent ?? null}::text,
      ${r.now}::timestamp(3), ${c.maxEndsAt}::timestamp(3), ${tokenCutoff}::timestamp(3), ${r.limits.maxConcurrent}::integer,
      ${ip.key}::text, ${ip.resetsAt}::timestamp(3), ${r.limits.perIpPerHour}::integer,
      ${day.key}::text, ${day.resetsAt}::timestamp(3), ${r.limits.perDay}::integer
    ) as r`;
  const outcome = rows[0]?.r;
  const retryAfter = (at: Date) => Math.max(1, Math.ceil((at.getTime() - r.now.getTime()) / 1000));
  if (outcome === "ok") return { id: c.id };
  if (outcome === "rate_limited") throw refuse("rate_limited", { retryAfterSeconds: retryAfter(ip.resetsAt) });
  if (outcome === "daily_limit") throw refuse("daily_limit", { retryAfterSeconds: retryAfter(day.resetsAt) });
  if (outcome === "busy_lines") throw refuse("busy_lines", { limit: r.limits.maxConcurrent });
  throw refuse("widget_inactive");
}
