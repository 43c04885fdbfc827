import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listMyOrganizations } from "@/lib/server/orgs/list-my-organizations";
import { AuthCard } from "@/components/invite/auth-card";
import { CreateOrgForm } from "@/components/dashboard/create-org-form";

export const metadata: Metadata = { title: "Organizations" };

// Where a signed-in user without an organization in the URL lands: their first organization, or a form to make one.
export default async function OrganizationsHome() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const orgs = await listMyOrganizations(user.id);
  if (orgs[0]) redirect(`/o/${orgs[0].slug}`);
  return (
    <AuthCard title="Create your organization" description="Ringlink keeps your trunks, widgets, calls and team together in an organization. You can invite colleagues next.">
      <CreateOrgForm />
    </AuthCard>
  );
}
