import "server-only";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/audit/request-actor";
import { assertClaimable, loadInviteForClaim, markInviteUsed } from "./claim-invite";
import { findInviteByToken } from "./find-invite-by-token";
import { INVITE_STATUS_ERRORS } from "./invite-token";

const ACCOUNT_EXISTS = "An account with this email already exists. Sign in to accept the invite.";

// For an invited email with no account yet: the account is created and the invite accepted in one transaction, so
// a failure leaves neither. The email comes from the invite, never from the form.
export async function acceptInviteWithSignup(opts: { token: string; name: string; password: string; ip?: string | null; userAgent?: string | null }) {
  // A cheap look-up first: argon2 costs ~20 MiB and tens of ms, so a stream of made-up tokens must not reach it.
  const preview = await findInviteByToken(opts.token);
  if (!preview) throw new AppError("not_found", "This invite link is not valid. Check that you copied all of it.");
  // Both re-checked inside the transaction; here they only spare the hashing for a request that will be refused.
  if (preview.status !== "pending") throw new AppError("gone", INVITE_STATUS_ERRORS[preview.status]);
  if (preview.accountExists) throw new AppError("conflict", ACCOUNT_EXISTS);
  const passwordHash = await hash(opts.password); // before the transaction: keep the row lock short
  try {
    return await db.$transaction(async (tx) => {
      const invite = await loadInviteForClaim(tx, opts.token);
      assertClaimable(invite);
      const taken = await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } });
      if (taken) throw new AppError("conflict", ACCOUNT_EXISTS);
      const user = await tx.user.create({ data: { email: invite.email, name: opts.name, passwordHash }, select: { id: true, email: true } });
      await markInviteUsed(tx, invite);
      const membership = await tx.membership.create({ data: { organizationId: invite.organizationId, userId: user.id, role: invite.role } });
      const actor = { userId: user.id, email: user.email, ip: opts.ip, userAgent: opts.userAgent };
      await recordAudit(tx, auditActor(invite.organizationId, actor), {
        action: "invite.accept",
        resourceType: "membership",
        resourceId: membership.id,
        metadata: { inviteId: invite.id, email: invite.email, role: invite.role, accountCreated: true },
      });
      return { orgSlug: invite.organization.slug, email: user.email };
    });
  } catch (err) {
    // Two sign-ups for the same email at once: the unique index decides, the loser gets the same clear message.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("conflict", ACCOUNT_EXISTS);
    throw err;
  }
}
