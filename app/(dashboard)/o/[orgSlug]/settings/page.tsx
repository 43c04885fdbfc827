import type { Metadata } from "next";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listMembers } from "@/lib/server/members/list-members";
import { can } from "@/lib/shared/permissions";
import { Card, CardHeader } from "@/components/ui/card";
import { RenameOrgForm } from "@/components/settings/rename-org-form";
import { LeaveOrgButton } from "@/components/settings/leave-org-button";

export const metadata: Metadata = { title: "Settings" };

export default async function GeneralSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "org.read");
  const owners = (await listMembers(ctx.org.id)).filter((m) => m.role === "OWNER").length;
  const lastOwner = ctx.role === "OWNER" && owners <= 1;

  return (
    <>
      <Card>
        <CardHeader title="General" description="How this organization appears across Ringlink." />
        <div className="space-y-6 px-5 py-5">
          {can(ctx.role, "org.update") ? (
            <RenameOrgForm orgSlug={ctx.org.slug} name={ctx.org.name} />
          ) : (
            <dl>
              <dt className="text-sm font-medium text-slate-800">Organization name</dt>
              <dd className="mt-1 text-sm text-slate-600">{ctx.org.name}</dd>
            </dl>
          )}
          <dl>
            <dt className="text-sm font-medium text-slate-800">Dashboard address</dt>
            <dd className="mt-1 font-mono text-sm text-slate-600">/o/{ctx.org.slug}</dd>
            <dd className="mt-1 text-sm text-slate-500">Stays the same when the name changes, so links and bookmarks keep working.</dd>
          </dl>
        </div>
      </Card>
      <Card className="ring-red-200">
        <CardHeader title="Leave organization" description="Remove yourself from this organization. Its data stays with the remaining members." />
        <div className="px-5 py-5">
          <LeaveOrgButton
            orgSlug={ctx.org.slug}
            orgName={ctx.org.name}
            disabledReason={lastOwner ? "You are the only owner. Make another member an owner before you leave." : undefined}
          />
        </div>
      </Card>
    </>
  );
}
