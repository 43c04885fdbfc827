import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { INVITE_TTL_DAYS } from "@/lib/shared/invite-schemas";

// The raw token exists only in the link shown once to the inviter; the database keeps its SHA-256. A plain
// (unsalted) hash is enough: the token is 256 random bits, so there is nothing to brute-force.
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newInviteToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token), expiresAt: new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000) };
}

export type TInviteStatus = "pending" | "expired" | "revoked" | "accepted";

export function inviteStatus(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): TInviteStatus {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt <= now) return "expired";
  return "pending";
}

export const INVITE_STATUS_ERRORS: Record<Exclude<TInviteStatus, "pending">, string> = {
  expired: "This invite has expired. Ask the person who invited you for a new link.",
  revoked: "This invite was revoked. Ask the person who invited you for a new link.",
  accepted: "This invite has already been used. Each invite link works once.",
};
