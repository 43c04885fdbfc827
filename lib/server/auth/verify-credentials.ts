import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { ZSignIn, type TSignInError } from "@/lib/shared/auth-schemas";
import { hitRateLimit, peekRateLimit, resetRateLimit } from "@/lib/server/rate-limit/hit-rate-limit";
import { accountLimit, ipLimit } from "./sign-in-limits";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

// Unknown emails are verified against this hash so both paths cost one argon2 verification (no timing oracle).
const dummyHash = hash("ringlink-timing-equalizer");

type TResult = { ok: true; user: { id: string; email: string; name: string }; sessionId: string } | { ok: false; error: TSignInError };

export async function verifyCredentials(input: unknown, meta: { ip: string; userAgent: string | null }): Promise<TResult> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { email, password } = parsed.data;
  const [acct, ip] = await Promise.all([peekRateLimit(accountLimit(email)), peekRateLimit(ipLimit(meta.ip))]);
  if (!acct.allowed || !ip.allowed) return { ok: false, error: "throttled" };

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!user || !valid) {
    await Promise.all([hitRateLimit(accountLimit(email)), hitRateLimit(ipLimit(meta.ip))]);
    return { ok: false, error: "invalid" };
  }
  if (user.disabledAt) return { ok: false, error: "disabled" };
  await resetRateLimit(accountLimit(email));
  const session = await db.userSession.create({
    data: {
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId: session.id };
}
