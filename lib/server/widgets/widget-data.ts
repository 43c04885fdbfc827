import "server-only";
import { randomBytes } from "node:crypto";
import type { TTx } from "@/lib/db";
import type { Prisma, Widget } from "@/lib/generated/prisma/client";
import { ZWidgetInput, slugify, type TWidgetInput } from "@/lib/shared/widget/widget-schema";

// 16 chars of base62-ish from 12 random bytes (96 bits): not guessable, so a public id reveals no count or order.
export function newPublicId() {
  return randomBytes(12).toString("base64url").replace(/[-_]/g, "x");
}

// A free slug: the requested one (or one made from the name), with -2, -3 … on collision. Slugs are global
// because /c/<slug> has no organization in it.
export async function freeSlug(tx: TTx, wanted: string, exceptId?: string) {
  const base = slugify(wanted);
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 55)}-${n}`;
    const taken = await tx.widget.findFirst({ where: { slug: candidate, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
    if (!taken) return candidate;
  }
  return `${base.slice(0, 40)}-${randomBytes(4).toString("hex")}`;
}

// The columns written for a validated input (slug and ids handled by the callers).
export function widgetColumns(input: TWidgetInput) {
  return {
    name: input.name,
    status: input.status,
    trunkId: input.trunkId,
    iceServerSetId: input.iceServerSetId,
    destination: input.destination,
    appearance: input.appearance as Prisma.InputJsonValue,
    texts: input.texts as Prisma.InputJsonValue,
    languages: input.languages,
    form: input.form as Prisma.InputJsonValue,
    hours: input.hours as Prisma.InputJsonValue,
    allowedOrigins: input.allowedOrigins,
    hostedLinkEnabled: input.hostedLinkEnabled,
    maxCallSeconds: input.maxCallSeconds,
    maxConcurrentCalls: input.maxConcurrentCalls,
    callsPerIpPerHour: input.callsPerIpPerHour,
    callsPerDay: input.callsPerDay,
    consentNotice: input.consentNotice || null,
  };
}

// A stored row back into the form's shape. JSON columns go through the schema again, so rows written before a
// field existed get its default instead of crashing the page.
export function widgetToInput(w: Widget): TWidgetInput {
  const parsed = ZWidgetInput.safeParse({
    ...w,
    consentNotice: w.consentNotice ?? "",
    appearance: w.appearance ?? {},
    texts: w.texts ?? {},
    form: w.form ?? {},
    hours: w.hours ?? {},
  });
  if (parsed.success) return parsed.data;
  // A stored shape that no longer validates: keep the scalar columns, reset the JSON parts to defaults.
  return ZWidgetInput.parse({ ...widgetColumnsLoose(w) });
}

function widgetColumnsLoose(w: Widget) {
  return { name: w.name, slug: w.slug, status: w.status, destination: w.destination, languages: w.languages, allowedOrigins: w.allowedOrigins };
}
