import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { hitRateLimit } from "@/lib/server/rate-limit/hit-rate-limit";
import { callbackSchema } from "@/lib/shared/widget/visitor-form";
import { BUILT_IN } from "@/lib/shared/widget/i18n";

export const LEADS_PER_IP_PER_HOUR = 5;
export const LEADS_PER_WIDGET_PER_HOUR = 200;

// A visitor's callback request from the offline state. Public and unauthenticated, so it is rate limited per IP
// and widget (a person asks once or twice) and per widget overall (a bot rotating IPs cannot flood the list).
export async function createLead(input: { publicId: string; ip: string; raw: unknown; pageUrl?: string | null }) {
  const widget = await db.widget.findFirst({ where: { publicId: input.publicId }, select: { id: true, organizationId: true, status: true, hours: true } });
  if (!widget) throw new AppError("not_found", "Not found");
  const parsed = callbackSchema(BUILT_IN.en).safeParse(input.raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[i.path.join(".")] ??= i.message;
    throw new AppError("bad_request", "Check the highlighted fields.", { fieldErrors });
  }
  const perIp = await hitRateLimit({ key: `lead:${widget.id}:${input.ip}`, limit: LEADS_PER_IP_PER_HOUR, windowSeconds: 3600 });
  const perWidget = await hitRateLimit({ key: `lead:${widget.id}`, limit: LEADS_PER_WIDGET_PER_HOUR, windowSeconds: 3600 });
  if (!perIp.allowed || !perWidget.allowed) {
    throw new AppError("rate_limited", "Too many requests. Try again later.", { retryAfterSeconds: Math.max(perIp.retryAfterSeconds, perWidget.retryAfterSeconds) });
  }
  const { name, phone, message } = parsed.data;
  const lead = await db.lead.create({
    data: {
      organizationId: widget.organizationId,
      widgetId: widget.id,
      name: name || null,
      phone,
      message: message || null,
      pageUrl: safePageUrl(input.pageUrl),
    },
    select: { id: true },
  });
  return lead;
}

// Only http(s) page URLs are kept, trimmed: the dashboard renders it as a link.
function safePageUrl(raw: string | null | undefined) {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString().slice(0, 500) : null;
  } catch {
    return null;
  }
}
