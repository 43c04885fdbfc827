import "server-only";
import { db } from "@/lib/db";

export type TRateLimit = { key: string; limit: number; windowSeconds: number };
export type TRateLimitResult = { allowed: boolean; count: number; remaining: number; retryAfterSeconds: number };

// Fixed-window counters in PostgreSQL, so every app instance behind a load balancer shares one count.
// The window start is part of the key; one upsert both creates and increments, atomically.
function windowKey(l: TRateLimit, now: number) {
  const start = Math.floor(now / 1000 / l.windowSeconds) * l.windowSeconds;
  return { key: `${l.key}@${start}`, resetsAt: (start + l.windowSeconds) * 1000 };
}

function result(l: TRateLimit, count: number, resetsAt: number, now: number): TRateLimitResult {
  return {
    allowed: count <= l.limit,
    count,
    remaining: Math.max(0, l.limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now) / 1000)),
  };
}

export async function hitRateLimit(l: TRateLimit, now = Date.now()): Promise<TRateLimitResult> {
  const { key, resetsAt } = windowKey(l, now);
  const rows = await db.$queryRaw<{ count: number }[]>`
    insert into "RateLimitCounter" ("key", "count", "expiresAt") values (${key}, 1, ${new Date(resetsAt)})
    on conflict ("key") do update set "count" = "RateLimitCounter"."count" + 1
    returning "count"`;
  // Expired windows are garbage: about one hit in a hundred sweeps them, so no scheduler is needed.
  if (Math.random() < 0.01) void sweepRateLimits().catch((err) => console.error("rate-limit sweep failed", err));
  return result(l, rows[0]!.count, resetsAt, now);
}

// Reads a counter without counting: for limits that only count failures (sign-in).
export async function peekRateLimit(l: TRateLimit, now = Date.now()): Promise<TRateLimitResult> {
  const { key, resetsAt } = windowKey(l, now);
  const row = await db.rateLimitCounter.findUnique({ where: { key } });
  const count = row?.count ?? 0;
  return { ...result(l, count, resetsAt, now), allowed: count < l.limit };
}

// Gives back one hit taken with hitRateLimit (pass the same `now` so it lands in the same window). Limits that count
// only failures take a hit *before* the expensive check, so parallel attempts cannot all slip past a stale count,
// then release it when the attempt turns out not to be a failure.
export async function releaseRateLimit(l: TRateLimit, now = Date.now()) {
  await db.$executeRaw`
    update "RateLimitCounter" set "count" = "count" - 1 where "key" = ${windowKey(l, now).key} and "count" > 0`;
}

export async function resetRateLimit(l: TRateLimit, now = Date.now()) {
  await db.rateLimitCounter.deleteMany({ where: { key: windowKey(l, now).key } });
}

// Deletes windows that have ended (indexed on expiresAt).
export async function sweepRateLimits(now = new Date()) {
  await db.rateLimitCounter.deleteMany({ where: { expiresAt: { lt: now } } });
}
