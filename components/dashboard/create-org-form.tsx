"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createOrganizationAction } from "@/app/(dashboard)/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";

export function CreateOrgForm(props: { onCancel?: () => void }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<{ message?: string; name?: string }>({});

  function submit(form: FormData) {
    start(async () => {
      const res = await createOrganizationAction({ name: form.get("name") });
      if (!res.ok) return setError({ message: res.fieldErrors ? undefined : res.message, name: res.fieldErrors?.name });
      router.push(`/o/${res.data.slug}/widgets`);
    });
  }

  return (
    <form action={submit} className="space-y-5">
      <Field id="org-name" label="Organization name" hint="Usually your company or team name. You can change it later." error={error.name}>
        <Input id="org-name" name="name" required minLength={2} maxLength={64} placeholder="Acme Support" autoFocus aria-invalid={Boolean(error.name)} />
      </Field>
      <FormError message={error.message} />
      <div className="flex justify-end gap-2">
        {props.onCancel ? (
          <Button variant="secondary" onClick={props.onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create organization"}
        </Button>
      </div>
    </form>
  );
}
