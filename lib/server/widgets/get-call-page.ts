import "server-only";
import { db } from "@/lib/db";
import { isOpenAt, nextOpening } from "@/lib/shared/widget/hours";
import { parseAcceptLanguage, pickLanguage, resolveTexts, ZLanguage, type TLanguage } from "@/lib/shared/widget/i18n";
import type { TPublicWidget } from "@/lib/shared/widget/public-widget";
import { widgetToInput } from "./widget-data";

export type TCallPageKey = { slug: string } | { publicId: string };

// The public view of a widget for /c/<slug> and /embed/<publicId>. The row never leaves this function: the page
// gets TPublicWidget (no destination, trunk, ICE set or limits) plus the allowed origins for its own checks.
export async function getCallPage(key: TCallPageKey, opts: { acceptLanguage?: string | null; lang?: string | null; now?: Date } = {}) {
  const row = await db.widget.findFirst({ where: "slug" in key ? { slug: key.slug } : { publicId: key.publicId } });
  if (!row) return null;
  const w = widgetToInput(row);
  const enabled = w.languages as TLanguage[];
  const forced = ZLanguage.safeParse(opts.lang);
  const language = forced.success && enabled.includes(forced.data) ? forced.data : pickLanguage(parseAcceptLanguage(opts.acceptLanguage), enabled);
  const now = opts.now ?? new Date();
  const open = isOpenAt(w.hours, now);
  const opensAt = open || w.hours.alwaysOpen ? null : nextOpening(w.hours, now);
  const widget: TPublicWidget = {
    publicId: row.publicId,
    language,
    texts: resolveTexts(language, w.texts),
    appearance: w.appearance,
    form: w.form,
    consentNotice: w.consentNotice,
    status: w.status === "PAUSED" ? "paused" : open ? "open" : "closed",
    opensAt: opensAt ? opensAt.toISOString() : null,
    timeZone: w.hours.timeZone,
    offlineCallback: w.hours.offlineCallback,
  };
  return { widget, allowedOrigins: row.allowedOrigins, hostedLinkEnabled: row.hostedLinkEnabled, slug: row.slug };
}

// For the response headers of the call pages: only what the CSP needs, one indexed lookup.
export async function getFramingPolicy(key: TCallPageKey) {
  return db.widget.findFirst({
    where: "slug" in key ? { slug: key.slug } : { publicId: key.publicId },
    select: { allowedOrigins: true, hostedLinkEnabled: true },
  });
}
