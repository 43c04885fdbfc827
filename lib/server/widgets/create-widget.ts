import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { ZWidgetInput } from "@/lib/shared/widget/widget-schema";
import { assertWidgetRefs } from "./widget-refs";
import { newPublicId, widgetColumns } from "./widget-data";
import { isUniqueViolation, pickSlug } from "./pick-slug";

export async function createWidget(organizationId: string, actor: TAuditActor, raw: unknown) {
  const parsed = ZWidgetInput.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", "Check the highlighted fields.", { issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
  const input = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      await assertWidgetRefs(tx, organizationId, input);
      const slug = await pickSlug(tx, input);
      const widget = await tx.widget.create({
        data: { ...widgetColumns(input), organizationId, slug, publicId: newPublicId() },
        select: { id: true, slug: true, publicId: true, name: true },
      });
      await recordAudit(tx, actor, { action: "widget.create", resourceType: "widget", resourceId: widget.id, metadata: { name: widget.name, slug } });
      return widget;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", "Check the highlighted fields.", { fieldErrors: { slug: "This link is already taken. Try another." } });
    throw err;
  }
}
