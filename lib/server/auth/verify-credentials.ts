import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { ZSignIn, type TSignInError } from "@/lib/shared/auth-schemas";
import { hitRateLimit, releaseRateLimit, resetRateLimit, type TRateLimit } from "@/lib/server/rate-limit/hit-rate-limit";
import { accountLimit, ipLimit } from "./sign-in-limits";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

// Unknown emails are verified against this hash so both paths cost one argon2 verification (no timing oracle).
const dummyHash = hash("ringlink-timing-equalizer");

type TResult = { ok: true; user: { id: string; email: string; name: string }; sessionId: string } | { ok: false; error: TSignInError };

// Takes a slot on both failure counters before the password is checked: a burst of parallel guesses cannot all
// read the same stale count and get verified (peek-then-count let 50 parallel guesses through a limit of 10).
// Slots are given back when the attempt is not a failure (throttled without a check, or the right password), so
// the counters still count failed checks only.
async function reserve(limits: TRateLimit[], now: number) {
  const results = await Promise.all(limits.map((l) => hitRateLimit(l, now)));
  return results.every((r) => r.allowed);
}
const release = (limits: TRateLimit[], now: number) => Promise.all(limits.map((l) => releaseRateLimit(l, now)));

export async function verifyCredentials(input: unknown, meta: { ip: string; userAgent: string | null }): Promise<TResult> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { email, password } = parsed.data;
  const now = Date.now();
  const limits = [accountLimit(email), ipLimit(meta.ip)];
  // Checked before the user lookup: known and unknown emails are throttled by the same rule, with the same answer.
  if (!(await reserve(limits, now))) {
    await release(limits, now);
    return { ok: false, error: "throttled" };
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
  // A wrong password keeps its slots: that is the failure being counted.
  if (!user || !valid) return { ok: false, error: "invalid" };
  // The right password for a disabled account also keeps them: it is refused, and stays refused.
  if (user.disabledAt) return { ok: false, error: "disabled" };
  await Promise.all([resetRateLimit(accountLimit(email), now), releaseRateLimit(ipLimit(meta.ip), now)]);
  const session = await db.userSession.create({
    data: {
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId: session.id };
}
