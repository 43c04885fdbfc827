"use server";
import { orgAction } from "@/lib/server/guard/org-action";
import type { TOrgContext } from "@/lib/server/guard/org-context";
import { actorFrom } from "@/lib/server/audit/record-audit";
import { createIceSet } from "@/lib/server/ice-servers/create-ice-set";
import { updateIceSet } from "@/lib/server/ice-servers/update-ice-set";
import { deleteIceSet } from "@/lib/server/ice-servers/delete-ice-set";
import { mintTestCredentials } from "@/lib/server/ice-servers/mint-test-credentials";
import { ZIceSetId, ZIceSetInput, ZUpdateIceSet } from "@/lib/shared/ice-servers/ice-schemas";

const scope = async (ctx: TOrgContext) => ({ organizationId: ctx.org.id, actor: await actorFrom(ctx) });

const create = orgAction("ice.write", ZIceSetInput, async (ctx, input) => createIceSet({ ...(await scope(ctx)), input }));
const update = orgAction("ice.write", ZUpdateIceSet, async (ctx, { setId, values }) => updateIceSet({ ...(await scope(ctx)), setId, input: values }));
const remove = orgAction("ice.write", ZIceSetId, async (ctx, { setId }) => deleteIceSet({ ...(await scope(ctx)), setId }));
// Live credentials (and a static TURN password) go to the caller's browser: admins only, like every write.
const mint = orgAction("ice.write", ZIceSetId, async (ctx, { setId }) => mintTestCredentials({ organizationId: ctx.org.id, setId }));

export async function createIceSetAction(orgSlug: string, raw: unknown) {
  return create(orgSlug, raw);
}
export async function updateIceSetAction(orgSlug: string, raw: unknown) {
  return update(orgSlug, raw);
}
export async function deleteIceSetAction(orgSlug: string, raw: unknown) {
  return remove(orgSlug, raw);
}
export async function mintIceTestCredentialsAction(orgSlug: string, raw: unknown) {
  return mint(orgSlug, raw);
}
