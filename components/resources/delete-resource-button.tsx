"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TActionResult } from "@/lib/shared/action-result";

// Delete with a confirmation step. The server decides (it refuses while widgets use the resource and says which);
// this only shows its answer.
export function DeleteResourceButton(props: {
  label: string;
  title: string;
  description: string;
  onDelete: () => Promise<TActionResult<unknown>>;
  redirectTo: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function confirm() {
    start(async () => {
      const res = await props.onDelete();
      if (!res.ok) return setError(res.message);
      setOpen(false);
      router.push(props.redirectTo);
      router.refresh();
    });
  }

  return (
    <>
      <Button variant="secondary" onClick={() => (setError(null), setOpen(true))} className="text-red-700">
        <Trash2 className="size-4" aria-hidden />
        {props.label}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={props.title}
        description={props.description}
        error={error}
        pending={pending}
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        onConfirm={confirm}
      />
    </>
  );
}
