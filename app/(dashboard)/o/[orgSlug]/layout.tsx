import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listMyOrganizations } from "@/lib/server/orgs/list-my-organizations";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug);
  const orgs = await listMyOrganizations(ctx.user.id);
  return (
    <DashboardShell org={{ ...ctx.org, role: ctx.role }} orgs={orgs} user={{ name: ctx.user.name, email: ctx.user.email }}>
      {children}
    </DashboardShell>
  );
}
