import "server-only";
import type { TTx } from "@/lib/db";
import { AppError } from "@/lib/server/errors";

// The builder sends a trunk id and an ICE set id; a client can send any id, including another organization's.
// Both are looked up with the organization in the where, and a foreign or unknown id is a field error.
export async function assertWidgetRefs(tx: TTx, organizationId: string, refs: { trunkId: string | null; iceServerSetId: string | null }) {
  const fieldErrors: Record<string, string> = {};
  if (refs.trunkId) {
    const trunk = await tx.trunk.findFirst({ where: { id: refs.trunkId, organizationId }, select: { id: true } });
    if (!trunk) fieldErrors.trunkId = "Pick a trunk of this organization.";
  }
  if (refs.iceServerSetId) {
    const set = await tx.iceServerSet.findFirst({ where: { id: refs.iceServerSetId, organizationId }, select: { id: true } });
    if (!set) fieldErrors.iceServerSetId = "Pick an ICE server set of this organization.";
  }
  if (Object.keys(fieldErrors).length) throw new AppError("bad_request", "Check the highlighted fields.", { fieldErrors });
}
