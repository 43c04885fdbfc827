"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { UserPlus } from "lucide-react";
import { inviteMemberAction } from "@/app/(dashboard)/o/[orgSlug]/settings/actions";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { ROLE_LABELS, type TRole } from "@/lib/shared/permissions";
import { INVITE_TTL_DAYS } from "@/lib/shared/invite-schemas";

const ROLE_HINTS: Record<TRole, string> = {
  OWNER: "Everything, including managing owners.",
  ADMIN: "Manages trunks, widgets and members.",
  VIEWER: "Sees everything, changes nothing.",
};

export function InviteLinkOnce(props: { path: string; email: string }) {
  return (
    <div className="space-y-3">
      <CopyField id="invite-link" label="Invite link" value={`${window.location.origin}${props.path}`} />
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-inset ring-amber-200">
        Send this link to {props.email}. It is shown only once, works for that email only and expires in {INVITE_TTL_DAYS} days.
      </p>
    </div>
  );
}

export function InviteDialog(props: { orgSlug: string; roles: TRole[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<{ message?: string; email?: string; role?: string }>({});
  const [created, setCreated] = useState<{ path: string; email: string } | null>(null);

  function close() {
    setOpen(false);
    setCreated(null);
    setErrors({});
    router.refresh();
  }

  function submit(form: FormData) {
    start(async () => {
      const res = await inviteMemberAction(props.orgSlug, { email: form.get("email"), role: form.get("role") });
      if (!res.ok) {
        const field = res.details?.field === "email" ? res.message : res.fieldErrors?.email;
        return setErrors({ email: field, role: res.fieldErrors?.role, message: field || res.fieldErrors ? undefined : res.message });
      }
      setCreated({ path: res.data.path, email: res.data.email });
    });
  }

  return (
    <>
      <Button onClick={() => setOpen(true)} className="shrink-0 whitespace-nowrap">
        <UserPlus className="size-4" aria-hidden />
        Invite member
      </Button>
      <Dialog open={open} onClose={close} title={created ? "Invite link ready" : "Invite member"} description={created ? undefined : "They get a link to join this organization with the role you pick."}>
        {created ? (
          <div className="space-y-5">
            <InviteLinkOnce path={created.path} email={created.email} />
            <div className="flex justify-end">
              <Button onClick={close}>Done</Button>
            </div>
          </div>
        ) : (
          <form action={submit} className="space-y-5">
            <Field id="invite-email" label="Email address" error={errors.email}>
              <Input id="invite-email" name="email" type="email" required autoFocus placeholder="colleague@company.com" aria-invalid={Boolean(errors.email)} />
            </Field>
            <Field id="invite-role" label="Role" hint={undefined} error={errors.role}>
              <Select id="invite-role" name="role" defaultValue={props.roles.includes("ADMIN") ? "ADMIN" : props.roles[0]}>
                {props.roles.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]} — {ROLE_HINTS[r]}
                  </option>
                ))}
              </Select>
            </Field>
            <FormError message={errors.message} />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? "Creating link…" : "Create invite link"}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
