import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { ZWidgetInput } from "@/lib/shared/widget/widget-schema";
import { assertWidgetRefs } from "./widget-refs";
import { widgetColumns, widgetToInput } from "./widget-data";
import { isUniqueViolation, pickSlug } from "./pick-slug";

export async function updateWidget(organizationId: string, actor: TAuditActor, widgetId: string, raw: unknown) {
  const parsed = ZWidgetInput.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", "Check the highlighted fields.", { issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
  const input = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.widget.findFirst({ where: { id: widgetId, organizationId } });
      if (!before) throw new AppError("not_found", "Widget not found.");
      await assertWidgetRefs(tx, organizationId, input);
      const slug = await pickSlug(tx, { ...input, slug: input.slug || before.slug }, before.id);
      const columns = { ...widgetColumns(input), slug };
      // updateMany keeps organizationId in the write's where too, not only in the read above.
      const { count } = await tx.widget.updateMany({ where: { id: widgetId, organizationId }, data: columns });
      if (count !== 1) throw new AppError("not_found", "Widget not found.");
      const old = { ...widgetToInput(before), slug: before.slug } as Record<string, unknown>;
      const next = { ...input, slug } as Record<string, unknown>;
      // Names of the changed settings, not their values: the audit log is read by every viewer.
      const changed = Object.keys(next).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(next[k]));
      await recordAudit(tx, actor, { action: "widget.update", resourceType: "widget", resourceId: widgetId, metadata: { changed } });
      return { id: widgetId, slug, publicId: before.publicId, name: input.name };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", "Check the highlighted fields.", { fieldErrors: { slug: "This link is already taken. Try another." } });
    throw err;
  }
}
