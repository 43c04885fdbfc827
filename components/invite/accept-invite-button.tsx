"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { acceptInviteAction } from "@/app/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

export function AcceptInviteButton(props: { token: string; orgName: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div className="space-y-4">
      <FormError message={error} />
      <Button
        className="w-full"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await acceptInviteAction({ token: props.token });
            if (!res.ok) return setError(res.message);
            router.push(`/o/${res.data.orgSlug}`);
          })
        }
      >
        {pending ? "Joining…" : `Join ${props.orgName}`}
      </Button>
    </div>
  );
}
