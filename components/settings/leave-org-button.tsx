"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { leaveOrganizationAction } from "@/app/(dashboard)/o/[orgSlug]/settings/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function LeaveOrgButton(props: { orgSlug: string; orgName: string; disabledReason?: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();

  function leave() {
    start(async () => {
      const res = await leaveOrganizationAction(props.orgSlug, {});
      if (!res.ok) return setError(res.message);
      router.push("/app"); // the front door: the next organization, or the "no organization yet" page
    });
  }

  return (
    <>
      <Button variant="secondary" className="text-red-700" disabled={Boolean(props.disabledReason)} onClick={() => setOpen(true)}>
        Leave organization
      </Button>
      {props.disabledReason ? <p className="mt-2 text-sm text-slate-500">{props.disabledReason}</p> : null}
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Leave ${props.orgName}?`}
        description="You will lose access at once. An owner or admin can invite you again."
        error={error}
        pending={pending}
        confirmLabel="Leave organization"
        pendingLabel="Leaving…"
        onConfirm={leave}
      />
    </>
  );
}
