"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Link2, X } from "lucide-react";
import { renewInviteLinkAction, revokeInviteAction } from "@/app/(dashboard)/o/[orgSlug]/settings/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { InviteLinkOnce } from "./invite-dialog";

// Only the hash of a link is kept, so "copy link" means "issue a new one": the old link stops working.
export function InviteActions(props: { orgSlug: string; invite: { id: string; email: string } }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const [renewed, setRenewed] = useState<string | null>(null);

  const renew = () =>
    start(async () => {
      const res = await renewInviteLinkAction(props.orgSlug, { inviteId: props.invite.id });
      if (!res.ok) return setError(res.message);
      setRenewed(res.data.path);
    });
  const revoke = () =>
    start(async () => {
      const res = await revokeInviteAction(props.orgSlug, { inviteId: props.invite.id });
      if (!res.ok) return setError(res.message);
      router.refresh();
    });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-1">
        <Button variant="ghost" size="sm" onClick={renew} disabled={pending} aria-label={`Get a new invite link for ${props.invite.email}`}>
          <Link2 className="size-4" aria-hidden />
          <span className="hidden sm:inline">Copy link</span>
        </Button>
        <Button variant="ghost" size="sm" onClick={revoke} disabled={pending} aria-label={`Revoke invite for ${props.invite.email}`} className="text-slate-500 hover:text-red-700">
          <X className="size-4" aria-hidden />
          <span className="hidden sm:inline">Revoke</span>
        </Button>
      </div>
      {error ? <FormError message={error} /> : null}
      <Dialog open={renewed !== null} onClose={() => { setRenewed(null); router.refresh(); }} title="New invite link" description="The previous link for this invite no longer works.">
        {renewed ? <InviteLinkOnce path={renewed} email={props.invite.email} /> : null}
      </Dialog>
    </div>
  );
}
