import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Building2 } from "lucide-react";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { firstOrganizationSlug } from "@/lib/server/auth/first-organization";

export const metadata: Metadata = { title: "Your organizations" };

// The app's front door: signed-out visitors sign in, members land in their first organization, and a user who
// belongs to none yet (invite not accepted, or removed) gets an explanation instead of a 404.
export default async function AppEntry() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const slug = await firstOrganizationSlug(user.id);
  if (slug) redirect(`/o/${slug}`);
  return (
    <AuthShell>
      <div className="rounded-xl bg-white p-7 text-center shadow-sm ring-1 ring-slate-200">
        <span className="mx-auto grid size-12 place-items-center rounded-full bg-brand-50 text-brand-600">
          <Building2 className="size-6" aria-hidden="true" />
        </span>
        <h1 className="mt-4 text-lg font-semibold text-slate-900">No organization yet</h1>
        <p className="mt-2 text-sm text-slate-500">
          Your account isn&apos;t a member of any organization. Ask an owner to invite you, then open the link in
          their invitation.
        </p>
        <p title={user.email} className="mt-5 truncate rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-600 ring-1 ring-inset ring-slate-200">
          Signed in as <span className="font-medium text-slate-900">{user.email}</span>
        </p>
        <SignOutButton variant="button" className="mt-5 w-full" />
      </div>
    </AuthShell>
  );
}
