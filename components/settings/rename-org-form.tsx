"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { renameOrganizationAction } from "@/app/(dashboard)/o/[orgSlug]/settings/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";

export function RenameOrgForm(props: { orgSlug: string; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<{ message?: string; field?: string; saved?: boolean }>({});

  function submit(form: FormData) {
    start(async () => {
      const res = await renameOrganizationAction(props.orgSlug, { name: form.get("name") });
      if (!res.ok) return setState({ message: res.fieldErrors ? undefined : res.message, field: res.fieldErrors?.name });
      setState({ saved: true });
      router.refresh();
    });
  }

  return (
    <form action={submit} className="space-y-4">
      <Field id="org-display-name" label="Organization name" hint="Shown to your team in the dashboard." error={state.field}>
        <Input id="org-display-name" name="name" defaultValue={props.name} required minLength={2} maxLength={64} aria-invalid={Boolean(state.field)} className="max-w-md" />
      </Field>
      <FormError message={state.message} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        {state.saved && !pending ? (
          <p role="status" className="text-sm text-emerald-700">
            Saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}
