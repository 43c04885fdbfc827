"use server";
import { orgAction } from "@/lib/server/guard/org-action";
import type { TOrgContext } from "@/lib/server/guard/org-context";
import { requestActor } from "@/lib/server/audit/request-actor";
import { renameOrganization } from "@/lib/server/orgs/rename-organization";
import { changeMemberRole } from "@/lib/server/members/change-member-role";
import { removeMember } from "@/lib/server/members/remove-member";
import { leaveOrganization } from "@/lib/server/members/leave-organization";
import { createInvite } from "@/lib/server/invites/create-invite";
import { renewInviteLink } from "@/lib/server/invites/renew-invite-link";
import { revokeInvite } from "@/lib/server/invites/revoke-invite";
import { ZRenameOrganization } from "@/lib/shared/org-schemas";
import { ZChangeMemberRole, ZLeaveOrganization, ZRemoveMember } from "@/lib/shared/member-schemas";
import { ZCreateInvite, ZInviteId } from "@/lib/shared/invite-schemas";

// Thin: each action declares its permission (checked by orgAction on every call, whatever the UI rendered), parses
// with zod and calls one service, which re-checks the role rules inside its transaction.
const scope = async (ctx: TOrgContext) => ({ organizationId: ctx.org.id, actor: await requestActor(ctx.user) });

const rename = orgAction("org.update", ZRenameOrganization, async (ctx, input) => renameOrganization({ ...(await scope(ctx)), name: input.name }));
const changeRole = orgAction("members.update", ZChangeMemberRole, async (ctx, input) => changeMemberRole({ ...(await scope(ctx)), ...input }));
const remove = orgAction("members.remove", ZRemoveMember, async (ctx, input) => removeMember({ ...(await scope(ctx)), ...input }));
const leave = orgAction("org.read", ZLeaveOrganization, async (ctx) => leaveOrganization(await scope(ctx)));
const invite = orgAction("members.invite", ZCreateInvite, async (ctx, input) => {
  const created = await createInvite({ ...(await scope(ctx)), ...input });
  return { email: created.email, role: created.role, expiresAt: created.expiresAt, path: `/invite/${created.token}` };
});
const renew = orgAction("members.invite", ZInviteId, async (ctx, input) => {
  const renewed = await renewInviteLink({ ...(await scope(ctx)), ...input });
  return { expiresAt: renewed.expiresAt, path: `/invite/${renewed.token}` };
});
const revoke = orgAction("members.invite", ZInviteId, async (ctx, input) => revokeInvite({ ...(await scope(ctx)), ...input }));

export async function renameOrganizationAction(orgSlug: string, raw: unknown) {
  return rename(orgSlug, raw);
}
export async function changeMemberRoleAction(orgSlug: string, raw: unknown) {
  return changeRole(orgSlug, raw);
}
export async function removeMemberAction(orgSlug: string, raw: unknown) {
  return remove(orgSlug, raw);
}
export async function leaveOrganizationAction(orgSlug: string, raw: unknown) {
  return leave(orgSlug, raw);
}
export async function inviteMemberAction(orgSlug: string, raw: unknown) {
  return invite(orgSlug, raw);
}
export async function renewInviteLinkAction(orgSlug: string, raw: unknown) {
  return renew(orgSlug, raw);
}
export async function revokeInviteAction(orgSlug: string, raw: unknown) {
  return revoke(orgSlug, raw);
}
