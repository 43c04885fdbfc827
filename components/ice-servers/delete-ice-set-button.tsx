"use client";
import { deleteIceSetAction } from "@/app/(dashboard)/o/[orgSlug]/ice-servers/actions";
import { DeleteResourceButton } from "@/components/resources/delete-resource-button";

export function DeleteIceSetButton(props: { orgSlug: string; setId: string; name: string }) {
  return (
    <DeleteResourceButton
      label="Delete set"
      title={`Delete "${props.name}"?`}
      description="Its servers and stored secrets are destroyed with it. Widgets must be moved to another set first."
      onDelete={() => deleteIceSetAction(props.orgSlug, { setId: props.setId })}
      redirectTo={`/o/${props.orgSlug}/ice-servers`}
    />
  );
}
