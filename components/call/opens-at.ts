import { DateTime } from "luxon";

// "Monday 09:00 (CET)" in the visitor's language, in the widget's zone: the office's hours are what the visitor
// can plan around, and the zone name makes that explicit.
export function formatOpensAt(iso: string, zone: string, lang: string, now = new Date()) {
  const at = DateTime.fromISO(iso, { zone }).setLocale(lang);
  const today = DateTime.fromJSDate(now, { zone });
  const sameDay = at.hasSame(today, "day");
  const time = at.toLocaleString(DateTime.TIME_SIMPLE);
  const day = sameDay ? "" : `${at.toLocaleString({ weekday: "long" })} `;
  return `${day}${time} (${at.offsetNameShort ?? zone})`;
}
