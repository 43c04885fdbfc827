"use client";
import { useEffect, useState } from "react";
import { signIn } from "next-auth/react";
import { CircleAlert, Eye, EyeOff, LoaderCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { ZSignIn } from "@/lib/shared/auth-schemas";
import { signInErrorMessage } from "@/lib/shared/sign-in-error";

type TFieldErrors = { email?: string; password?: string };

// Posts to next-auth's credentials callback without a full-page redirect, so the error stays on this page and the
// typed email is kept. The server answers with one of SIGN_IN_ERRORS' codes, never with whether the email exists.
export function SignInForm(props: { callbackUrl: string | null; initialError: string | null }) {
  const [error, setError] = useState(props.initialError);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [pending, setPending] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  // Until React has hydrated, a submit would be the browser's own (the password in a URL): keep it disabled.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const parsed = ZSignIn.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const errs: TFieldErrors = {};
      for (const issue of parsed.error.issues) errs[issue.path[0] as keyof TFieldErrors] ??= issue.message;
      setFieldErrors(errs);
      setError(null);
      return;
    }
    setFieldErrors({});
    setError(null);
    setPending(true);
    const res = await signIn("credentials", { redirect: false, ...parsed.data }).catch(() => null);
    if (!res || res.error || !res.ok) {
      setPending(false);
      setError(signInErrorMessage(res?.error ?? "unknown"));
      const password = formEl.elements.namedItem("password") as HTMLInputElement | null;
      password?.focus();
      password?.select();
      return;
    }
    // A full navigation, so the server renders the next page with the new session cookie.
    window.location.assign(props.callbackUrl ?? "/app");
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-5">
      {error ? (
        <div role="alert" className="flex gap-2.5 rounded-lg bg-red-50 px-3.5 py-3 text-sm text-red-800 ring-1 ring-inset ring-red-200">
          <CircleAlert className="mt-0.5 size-4 shrink-0 text-red-600" aria-hidden="true" />
          <p>{error}</p>
        </div>
      ) : null}
      <Field id="email" label="Work email" error={fieldErrors.email}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
          placeholder="you@company.com"
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
          className="py-2.5"
        />
      </Field>
      <Field id="password" label="Password" error={fieldErrors.password}>
        <div className="relative">
          <Input
            id="password"
            name="password"
            type={showPassword ? "text" : "password"}
            autoComplete="current-password"
            required
            aria-invalid={fieldErrors.password ? true : undefined}
            aria-describedby={fieldErrors.password ? "password-error" : undefined}
            className="py-2.5 pr-11"
          />
          <button
            type="button"
            onClick={() => setShowPassword((v) => !v)}
            aria-label={showPassword ? "Hide password" : "Show password"}
            aria-pressed={showPassword}
            className="absolute inset-y-0 right-0 grid w-10 place-items-center rounded-r-lg text-slate-400 hover:text-slate-600 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {showPassword ? <EyeOff className="size-4" aria-hidden="true" /> : <Eye className="size-4" aria-hidden="true" />}
          </button>
        </div>
      </Field>
      <Button type="submit" disabled={pending || !ready} className="w-full py-2.5">
        {pending ? <LoaderCircle className="size-4 animate-spin" aria-hidden="true" /> : null}
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
