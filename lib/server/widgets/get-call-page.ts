import "server-only";
import { db } from "@/lib/db";
import { toPublicWidget } from "@/lib/shared/widget/public-view";
import { widgetToInput } from "./widget-data";

export type TCallPageKey = { slug: string } | { publicId: string };

// The public view of a widget for /c/<slug> and /embed/<publicId>. The row never leaves this function: the page
// gets TPublicWidget (no destination, trunk, ICE set or limits) plus the allowed origins for its own checks.
export async function getCallPage(key: TCallPageKey, opts: { acceptLanguage?: string | null; lang?: string | null; now?: Date } = {}) {
  const row = await db.widget.findFirst({ where: "slug" in key ? { slug: key.slug } : { publicId: key.publicId } });
  if (!row) return null;
  const widget = toPublicWidget(widgetToInput(row), row.publicId, opts);
  return { widget, allowedOrigins: row.allowedOrigins, hostedLinkEnabled: row.hostedLinkEnabled, slug: row.slug };
}

// For the response headers of the call pages: only what the CSP needs, one indexed lookup.
export async function getFramingPolicy(key: TCallPageKey) {
  return db.widget.findFirst({
    where: "slug" in key ? { slug: key.slug } : { publicId: key.publicId },
    select: { allowedOrigins: true, hostedLinkEnabled: true },
  });
}
