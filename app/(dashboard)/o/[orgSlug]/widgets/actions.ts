"use server";
import { z } from "zod";
import { orgAction } from "@/lib/server/guard/org-action";
import { actorFrom } from "@/lib/server/audit/record-audit";
import { createWidget } from "@/lib/server/widgets/create-widget";
import { updateWidget } from "@/lib/server/widgets/update-widget";
import { deleteWidget } from "@/lib/server/widgets/delete-widget";
import { markLeadHandled } from "@/lib/server/leads/mark-lead-handled";
import { ZWidgetInput } from "@/lib/shared/widget/widget-schema";

const ZId = z.string().regex(/^[a-z0-9]{10,40}$/i, { message: "Unknown id." });

const create = orgAction("widgets.write", ZWidgetInput, async (ctx, input) => createWidget(ctx.org.id, await actorFrom(ctx), input));
const update = orgAction("widgets.write", z.object({ id: ZId, values: ZWidgetInput }), async (ctx, { id, values }) =>
  updateWidget(ctx.org.id, await actorFrom(ctx), id, values),
);
const remove = orgAction("widgets.write", z.object({ id: ZId }), async (ctx, { id }) => deleteWidget(ctx.org.id, await actorFrom(ctx), id));
const markLead = orgAction("leads.write", z.object({ id: ZId, handled: z.boolean() }), async (ctx, { id, handled }) =>
  markLeadHandled(ctx.org.id, await actorFrom(ctx), id, handled),
);

// Each action checks session, membership, permission and Origin inside (orgAction), never relying on the page.
export async function createWidgetAction(orgSlug: string, raw: unknown) {
  return create(orgSlug, raw);
}
export async function updateWidgetAction(orgSlug: string, raw: unknown) {
  return update(orgSlug, raw);
}
export async function deleteWidgetAction(orgSlug: string, raw: unknown) {
  return remove(orgSlug, raw);
}
export async function markLeadAction(orgSlug: string, raw: unknown) {
  return markLead(orgSlug, raw);
}
