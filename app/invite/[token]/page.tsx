import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { findInviteByToken } from "@/lib/server/invites/find-invite-by-token";
import { INVITE_STATUS_ERRORS } from "@/lib/server/invites/invite-token";
import { ROLE_LABELS } from "@/lib/shared/permissions";
import { buttonClass } from "@/components/ui/button";
import { AuthCard } from "@/components/invite/auth-card";
import { AcceptInviteButton } from "@/components/invite/accept-invite-button";
import { SignupAcceptForm } from "@/components/invite/signup-accept-form";
import { SwitchAccountButton } from "@/components/invite/switch-account-button";

// The token is in the URL: never send it onward in a Referer header, never index it.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findInviteByToken(token);
  if (!invite) {
    return <AuthCard title="This invite link is not valid" description="Check that you copied the whole link, or ask the person who invited you for a new one." />;
  }
  if (invite.status !== "pending") {
    return <AuthCard title="This invite can no longer be used" description={INVITE_STATUS_ERRORS[invite.status]} />;
  }

  const here = `/invite/${token}`;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(here)}`;
  const role = ROLE_LABELS[invite.role].toLowerCase();
  const lead = (
    <>
      You have been invited to join <strong className="font-semibold text-slate-900">{invite.orgName}</strong> on Ringlink as {role === "admin" ? "an" : "a"}{" "}
      <strong className="font-semibold text-slate-900">{role}</strong>.
    </>
  );
  const user = await getCurrentUser();

  if (user && user.email.toLowerCase() === invite.email) {
    return (
      <AuthCard title={`Join ${invite.orgName}`} description={lead}>
        <AcceptInviteButton token={token} orgName={invite.orgName} />
      </AuthCard>
    );
  }
  if (user) {
    return (
      <AuthCard
        title="This invite is for someone else"
        description={
          <>
            It was sent to <strong className="text-slate-900">{invite.email}</strong>, and you are signed in as <strong className="text-slate-900">{user.email}</strong>. Sign in with the invited email to accept it.
          </>
        }
      >
        <SwitchAccountButton callbackUrl={signInHref} />
      </AuthCard>
    );
  }
  if (invite.accountExists) {
    return (
      <AuthCard title={`Join ${invite.orgName}`} description={<>{lead} Sign in as <strong className="text-slate-900">{invite.email}</strong> to accept.</>}>
        <Link href={signInHref} className={buttonClass("primary") + " w-full"}>
          Sign in to accept
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Join ${invite.orgName}`} description={<>{lead} Create your account to accept.</>}>
      <SignupAcceptForm token={token} email={invite.email} orgName={invite.orgName} />
      <p className="mt-6 text-center text-sm text-slate-500">
        Already have an account?{" "}
        <Link href={signInHref} className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}
