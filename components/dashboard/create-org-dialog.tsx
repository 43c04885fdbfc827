"use client";
import { Dialog } from "@/components/ui/dialog";
import { CreateOrgForm } from "./create-org-form";

export function CreateOrgDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title="Create organization"
      description="A separate workspace with its own members, trunks and widgets. You will be its owner."
    >
      <CreateOrgForm onCancel={props.onClose} />
    </Dialog>
  );
}
