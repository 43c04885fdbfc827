"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { acceptInviteWithSignupAction } from "@/app/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";

// Creates the account and joins in one server action, then signs in through next-auth like the sign-in page does.
export function SignupAcceptForm(props: { token: string; email: string; orgName: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<{ message?: string; name?: string; password?: string }>({});

  function submit(form: FormData) {
    const password = String(form.get("password") ?? "");
    start(async () => {
      const res = await acceptInviteWithSignupAction({ token: props.token, name: form.get("name"), password });
      if (!res.ok) return setErrors({ message: res.fieldErrors ? undefined : res.message, name: res.fieldErrors?.name, password: res.fieldErrors?.password });
      const signedIn = await signIn("credentials", { email: res.data.email, password, redirect: false });
      router.push(signedIn?.ok ? `/o/${res.data.orgSlug}` : `/sign-in?callbackUrl=${encodeURIComponent(`/o/${res.data.orgSlug}`)}`);
    });
  }

  return (
    <form action={submit} className="space-y-4">
      <Field id="signup-email" label="Email">
        <Input id="signup-email" value={props.email} readOnly disabled />
      </Field>
      <Field id="signup-name" label="Your name" error={errors.name}>
        <Input id="signup-name" name="name" required maxLength={100} autoComplete="name" aria-invalid={Boolean(errors.name)} />
      </Field>
      <Field id="signup-password" label="Password" hint="At least 12 characters." error={errors.password}>
        <Input id="signup-password" name="password" type="password" required minLength={12} maxLength={200} autoComplete="new-password" aria-invalid={Boolean(errors.password)} />
      </Field>
      <FormError message={errors.message} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : `Create account and join ${props.orgName}`}
      </Button>
    </form>
  );
}
