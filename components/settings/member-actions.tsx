"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Trash2 } from "lucide-react";
import { changeMemberRoleAction, removeMemberAction } from "@/app/(dashboard)/o/[orgSlug]/settings/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/field";
import { ROLE_LABELS, type TRole } from "@/lib/shared/permissions";

type TMemberRef = { id: string; name: string; email: string; role: TRole };

// Rendered only for members the viewer may change (the page decides with the same rules the service enforces).
export function RoleSelect(props: { orgSlug: string; member: TMemberRef; options: TRole[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div>
      <Select
        aria-label={`Role for ${props.member.email}`}
        value={props.member.role}
        disabled={pending}
        onChange={(e) => {
          const role = e.target.value;
          start(async () => {
            const res = await changeMemberRoleAction(props.orgSlug, { membershipId: props.member.id, role });
            if (!res.ok) return setError(res.message);
            setError(undefined);
            router.refresh();
          });
        }}
        className="py-1.5"
      >
        {props.options.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      {error ? (
        <p role="alert" className="mt-1 max-w-56 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function RemoveMemberButton(props: { orgSlug: string; member: TMemberRef }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  function remove() {
    start(async () => {
      const res = await removeMemberAction(props.orgSlug, { membershipId: props.member.id });
      if (!res.ok) return setError(res.message);
      setOpen(false);
      router.refresh();
    });
  }
  return (
    <>
      <Button variant="ghost" size="sm" aria-label={`Remove ${props.member.email}`} onClick={() => setOpen(true)} className="text-slate-500 hover:text-red-700">
        <Trash2 className="size-4" aria-hidden />
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Remove ${props.member.name}?`}
        description={`${props.member.email} will lose access to this organization at once.`}
        error={error}
        pending={pending}
        confirmLabel="Remove member"
        pendingLabel="Removing…"
        onConfirm={remove}
      />
    </>
  );
}
