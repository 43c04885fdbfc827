"use client";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { FormError } from "./form-error";

// The one confirmation step for destructive actions: the server's refusal (if any) shows above the buttons.
export function ConfirmDialog(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  error?: string | null;
  pending: boolean;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => void;
}) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.title} description={props.description}>
      <div className="space-y-4">
        <FormError message={props.error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={props.onClose}>
            Cancel
          </Button>
          <Button variant="danger" onClick={props.onConfirm} disabled={props.pending}>
            {props.pending ? props.pendingLabel : props.confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
