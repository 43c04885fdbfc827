import type { Metadata } from "next";
import { Mail } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listMembers } from "@/lib/server/members/list-members";
import { listPendingInvites } from "@/lib/server/invites/list-pending-invites";
import { can, type TRole } from "@/lib/shared/permissions";
import { assignableRoles, checkInviteRole, checkRemoval } from "@/lib/shared/role-rules";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { RoleBadge } from "@/components/settings/role-badge";
import { RemoveMemberButton, RoleSelect } from "@/components/settings/member-actions";
import { InviteDialog } from "@/components/settings/invite-dialog";
import { InviteActions } from "@/components/settings/invite-actions";
import { initials } from "@/components/dashboard/initials";

export const metadata: Metadata = { title: "Members" };

const dateFmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const daysLeft = (d: Date) => Math.max(0, Math.ceil((d.getTime() - Date.now()) / 86_400_000));

export default async function MembersPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "members.read");
  const [members, invites] = await Promise.all([listMembers(ctx.org.id), listPendingInvites(ctx.org.id)]);
  const ownerCount = members.filter((m) => m.role === "OWNER").length;
  const inviteRoles = (["OWNER", "ADMIN", "VIEWER"] as TRole[]).filter((r) => checkInviteRole({ actorRole: ctx.role, inviteRole: r }).ok);
  const mayInvite = can(ctx.role, "members.invite") && inviteRoles.length > 0;

  return (
    <>
      <Card>
        <CardHeader
          title="Members"
          description={`${members.length} ${members.length === 1 ? "person has" : "people have"} access to ${ctx.org.name}.`}
          actions={mayInvite ? <InviteDialog orgSlug={ctx.org.slug} roles={inviteRoles} /> : null}
        />
        <ul aria-label="Members" className="divide-y divide-slate-100">
          {members.map((m) => {
            const self = m.userId === ctx.user.id;
            const options = self || !can(ctx.role, "members.update") ? [] : assignableRoles(ctx.role, m.role);
            const removable = !self && can(ctx.role, "members.remove") && checkRemoval({ actorRole: ctx.role, targetRole: m.role, ownerCount }).ok;
            return (
              <li key={m.id} className="flex flex-wrap items-center gap-x-4 gap-y-3 px-5 py-3.5 text-sm sm:flex-nowrap">
                <div className="flex min-w-0 flex-1 basis-full items-center gap-3 sm:basis-auto">
                  <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600">
                    {initials(m.name || m.email)}
                  </span>
                  <div className="min-w-0">
                    <p className="flex items-center gap-2 font-medium text-slate-900">
                      <span className="truncate">{m.name}</span>
                      {self ? <Badge>You</Badge> : null}
                    </p>
                    <p className="truncate text-slate-500">{m.email}</p>
                  </div>
                </div>
                <p className="hidden w-44 shrink-0 whitespace-nowrap text-slate-500 lg:block">Joined {dateFmt.format(m.joinedAt)}</p>
                <div className="ml-12 w-36 shrink-0 sm:ml-0">
                  {options.length > 0 ? <RoleSelect orgSlug={ctx.org.slug} member={m} options={options} /> : <RoleBadge role={m.role} />}
                </div>
                <div className="ml-auto flex w-9 shrink-0 justify-end">{removable ? <RemoveMemberButton orgSlug={ctx.org.slug} member={m} /> : null}</div>
              </li>
            );
          })}
        </ul>
      </Card>

      <Card>
        <CardHeader title="Pending invites" description="Invites that have not been accepted yet. Each link works once, for its email only." />
        {invites.length === 0 ? (
          <div className="flex items-center gap-3 px-5 py-6 text-sm text-slate-500">
            <Mail className="size-5 text-slate-400" aria-hidden />
            No pending invites.{mayInvite ? " Use “Invite member” to add someone." : ""}
          </div>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Pending invites">
            {invites.map((inv) => (
              <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900">{inv.email}</p>
                  <p className="text-slate-500">Expires in {daysLeft(inv.expiresAt)} days</p>
                </div>
                <div className="flex items-center gap-3">
                  <RoleBadge role={inv.role} />
                  {mayInvite && checkInviteRole({ actorRole: ctx.role, inviteRole: inv.role }).ok ? (
                    <InviteActions orgSlug={ctx.org.slug} invite={{ id: inv.id, email: inv.email }} />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
