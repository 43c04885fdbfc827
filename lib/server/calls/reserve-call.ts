import "server-only";
import { sqlPool } from "@/lib/db";
import { CLOCK_TOLERANCE_SECONDS } from "@/lib/server/crypto/token-policy";
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

// One statement, one round trip, one commit: ringlink_reserve_call() (see its migrations) counts both rate limits,
// locks the widget's line counter and inserts the call only if a line is free. That lock serialises parallel mints of
// a widget, for as long as one insert takes: the cap check is a read of the counter, not a count of live calls.
// Prepared once per connection and sent on the pool directly: Prisma's raw-query path cost more than the SQL.
export async function reserveCall(r: TReserve) {
  const c = r.call;
  const ip = window(`call:ip:${r.widgetId}:${r.limits.ipKey}`, 3600, r.now);
  const day = window(`call:day:${r.widgetId}`, 86_400, r.now);
  // A ticket holds its line while its token could still be redeemed; redeeming it keeps the line until the max end.
  const holdUntil = new Date(r.now.getTime() + (CALL_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS) * 1000);
  const iso = (d: Date) => d.toISOString(); // UTC text: timestamp(3) columns hold UTC, whatever the process TZ
  const { rows } = await sqlPool().query<{ r: string }>({
    name: "ringlink_reserve_call",
    text: `select ringlink_reserve_call($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12,
      $13::timestamp(3), $14::timestamp(3), $15::timestamp(3), $16::integer, $17, $18::timestamp(3), $19::integer,
      $20, $21::timestamp(3), $22::integer) as r`,
    values: [
      c.id, r.organizationId, r.widgetId, c.destination, c.tokenId, c.origin ?? null, c.pageUrl ?? null, c.referrer ?? null,
      JSON.stringify(c.utm ?? {}), JSON.stringify(c.formAnswers ?? {}), c.visitorIpHash ?? null, c.userAgent ?? null,
      iso(r.now), iso(c.maxEndsAt), iso(holdUntil), r.limits.maxConcurrent,
      ip.key, iso(ip.resetsAt), r.limits.perIpPerHour, day.key, iso(day.resetsAt), r.limits.perDay,
    ],
  });
  const outcome = rows[0]?.r;
  const retryAfter = (at: Date) => Math.max(1, Math.ceil((at.getTime() - r.now.getTime()) / 1000));
  if (outcome === "ok") return { id: c.id };
  if (outcome === "rate_limited") throw refuse("rate_limited", { retryAfterSeconds: retryAfter(ip.resetsAt) });
  if (outcome === "daily_limit") throw refuse("daily_limit", { retryAfterSeconds: retryAfter(day.resetsAt) });
  if (outcome === "busy_lines") throw refuse("busy_lines", { limit: r.limits.maxConcurrent });
  throw refuse("widget_inactive");
}
