"use server";
import { headers } from "next/headers";
import { publicAction, userAction } from "@/lib/server/guard/user-action";
import { requestActor } from "@/lib/server/audit/request-actor";
import { clientIp, userAgent } from "@/lib/server/http/client-ip";
import { acceptInvite } from "@/lib/server/invites/accept-invite";
import { acceptInviteWithSignup } from "@/lib/server/invites/accept-invite-with-signup";
import { ZAcceptInvite, ZAcceptInviteWithSignup } from "@/lib/shared/invite-schemas";

const accept = userAction(ZAcceptInvite, async (user, input) => acceptInvite({ actor: await requestActor(user), token: input.token }));

// No session needed: the 256-bit token is the authorisation, and the account's email comes from the invite.
const signup = publicAction(ZAcceptInviteWithSignup, async (input) => {
  const h = await headers();
  return acceptInviteWithSignup({ ...input, ip: clientIp(h), userAgent: userAgent(h) });
});

export async function acceptInviteAction(raw: unknown) {
  return accept(raw);
}
export async function acceptInviteWithSignupAction(raw: unknown) {
  return signup(raw);
}
