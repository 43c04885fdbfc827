"use server";
import { orgAction } from "@/lib/server/guard/org-action";
import type { TOrgContext } from "@/lib/server/guard/org-context";
import { actorFrom } from "@/lib/server/audit/record-audit";
import { createTrunk } from "@/lib/server/trunks/create-trunk";
import { updateTrunk } from "@/lib/server/trunks/update-trunk";
import { deleteTrunk } from "@/lib/server/trunks/delete-trunk";
import { checkConnection } from "@/lib/server/trunks/check-connection";
import { ZTrunkId, ZTrunkInput, ZUpdateTrunk } from "@/lib/shared/trunks/trunk-schemas";

// Thin: each action declares its permission (checked on every call, whatever the page rendered), parses with the
// shared zod schema and calls one service. Checking a connection sends traffic from our servers: admins only.
const scope = async (ctx: TOrgContext) => ({ organizationId: ctx.org.id, actor: await actorFrom(ctx) });

const create = orgAction("trunks.write", ZTrunkInput, async (ctx, input) => createTrunk({ ...(await scope(ctx)), input }));
const update = orgAction("trunks.write", ZUpdateTrunk, async (ctx, { trunkId, values }) => updateTrunk({ ...(await scope(ctx)), trunkId, input: values }));
const remove = orgAction("trunks.write", ZTrunkId, async (ctx, { trunkId }) => deleteTrunk({ ...(await scope(ctx)), trunkId }));
const check = orgAction("trunks.write", ZTrunkId, async (ctx, { trunkId }) => checkConnection({ ...(await scope(ctx)), trunkId }));

export async function createTrunkAction(orgSlug: string, raw: unknown) {
  return create(orgSlug, raw);
}
export async function updateTrunkAction(orgSlug: string, raw: unknown) {
  return update(orgSlug, raw);
}
export async function deleteTrunkAction(orgSlug: string, raw: unknown) {
  return remove(orgSlug, raw);
}
export async function checkConnectionAction(orgSlug: string, raw: unknown) {
  return check(orgSlug, raw);
}
