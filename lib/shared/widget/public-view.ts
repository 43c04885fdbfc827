import { CALL_TEXTS } from "./call-i18n";
import { isOpenAt, nextOpening } from "./hours";
import { parseAcceptLanguage, pickLanguage, resolveTexts, ZLanguage, type TLanguage } from "./i18n";
import type { TPublicWidget } from "./public-widget";
import type { TWidgetInput } from "./widget-schema";

// From full settings to what a visitor's page may see. Runs on the server for the call pages and in the browser
// for the builder's live preview, so both render from one function.
export function toPublicWidget(
  w: TWidgetInput,
  publicId: string,
  opts: { acceptLanguage?: string | null; preferred?: readonly string[]; lang?: string | null; now?: Date } = {},
): TPublicWidget {
  const enabled = w.languages as TLanguage[];
  const forced = ZLanguage.safeParse(opts.lang);
  const preferred = opts.preferred ?? parseAcceptLanguage(opts.acceptLanguage);
  const language = forced.success && enabled.includes(forced.data) ? forced.data : pickLanguage(preferred, enabled);
  const now = opts.now ?? new Date();
  const open = isOpenAt(w.hours, now);
  const opensAt = open ? null : nextOpening(w.hours, now);
  return {
    publicId,
    language,
    texts: resolveTexts(language, w.texts),
    callTexts: CALL_TEXTS[language],
    appearance: w.appearance,
    form: w.form,
    consentNotice: w.consentNotice,
    status: w.status === "PAUSED" ? "paused" : open ? "open" : "closed",
    opensAt: opensAt ? opensAt.toISOString() : null,
    timeZone: w.hours.timeZone,
    offlineCallback: w.hours.offlineCallback,
  };
}
