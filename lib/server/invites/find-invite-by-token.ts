import "server-only";
import { db } from "@/lib/db";
import type { TRole } from "@/lib/shared/permissions";
import { ZInviteToken } from "@/lib/shared/invite-schemas";
import { hashInviteToken, inviteStatus, type TInviteStatus } from "./invite-token";

export type TInviteView = {
  orgName: string;
  email: string;
  role: TRole;
  status: TInviteStatus;
  expiresAt: Date;
  accountExists: boolean;
};

// What the invite page shows. Holding the token is the capability: it reveals the organization's name, the invited
// email and whether that email has an account (to offer sign-in or sign-up), nothing else.
export async function findInviteByToken(token: string): Promise<TInviteView | null> {
  if (!ZInviteToken.safeParse(token).success) return null;
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true, organization: { select: { name: true } } },
  });
  if (!invite) return null;
  const account = await db.user.findUnique({ where: { email: invite.email }, select: { id: true } });
  return {
    orgName: invite.organization.name,
    email: invite.email,
    role: invite.role,
    status: inviteStatus(invite),
    expiresAt: invite.expiresAt,
    accountExists: Boolean(account),
  };
}
