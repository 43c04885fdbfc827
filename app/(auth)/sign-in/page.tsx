import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { safeCallbackUrl } from "@/lib/shared/callback-url";
import { signInErrorMessage } from "@/lib/shared/sign-in-error";

export const metadata: Metadata = { title: "Sign in" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: TSearchParams }) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackUrl(first(sp.callbackUrl));
  // Already signed in (a live, non-revoked session): skip the form.
  if (await getCurrentUser()) redirect(callbackUrl ?? "/app");
  return (
    <AuthShell>
      <div className="mb-7">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Sign in</h1>
        <p className="mt-1.5 text-sm text-slate-500">Welcome back. Use your work email and password.</p>
      </div>
      <noscript>
        <p className="mb-4 rounded-lg bg-amber-50 px-3.5 py-3 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
          Ringlink needs JavaScript to sign you in. Turn it on for this site and reload the page.
        </p>
      </noscript>
      <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-7">
        <SignInForm callbackUrl={callbackUrl} initialError={signInErrorMessage(first(sp.error))} />
      </div>
      <p className="mt-6 text-center text-sm text-slate-500">
        New to Ringlink? Accounts are created by invitation from an owner of your organization.
      </p>
    </AuthShell>
  );
}
