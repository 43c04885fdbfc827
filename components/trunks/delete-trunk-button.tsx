"use client";
import { deleteTrunkAction } from "@/app/(dashboard)/o/[orgSlug]/trunks/actions";
import { DeleteResourceButton } from "@/components/resources/delete-resource-button";

export function DeleteTrunkButton(props: { orgSlug: string; trunkId: string; name: string }) {
  return (
    <DeleteResourceButton
      label="Delete trunk"
      title={`Delete "${props.name}"?`}
      description="Its stored secret is destroyed with it. Widgets must be moved to another trunk first."
      onDelete={() => deleteTrunkAction(props.orgSlug, { trunkId: props.trunkId })}
      redirectTo={`/o/${props.orgSlug}/trunks`}
    />
  );
}
