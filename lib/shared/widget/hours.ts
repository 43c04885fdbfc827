import { z } from "zod";
import { DateTime, IANAZone } from "luxon";

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const; // ISO: Monday = 1

export const ZHourRange = z.object({
  day: z.number().int().min(1).max(7),
  from: z.string().regex(HHMM, { message: "Use HH:MM, e.g. 09:00." }),
  // A `to` earlier than `from` runs past midnight into the next day (e.g. 22:00–02:00).
  to: z.string().regex(HHMM, { message: "Use HH:MM, e.g. 17:30 (24:00 for midnight)." }),
});

export const ZHours = z
  .object({
    alwaysOpen: z.boolean().default(true),
    timeZone: z.string().refine((tz) => IANAZone.isValidZone(tz), { message: "Pick a time zone from the list." }).default("UTC"),
    weekly: z.array(ZHourRange).max(70).default([]),
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use YYYY-MM-DD." })).max(100).default([]),
    offlineCallback: z.boolean().default(true),
  })
  .superRefine((h, ctx) => {
    h.weekly.forEach((r, i) => {
      if (r.from === r.to) ctx.addIssue({ code: "custom", path: ["weekly", i, "to"], message: "The range is empty: pick a different end time." });
    });
    if (!h.alwaysOpen && h.weekly.length === 0) ctx.addIssue({ code: "custom", path: ["weekly"], message: "Add at least one opening range, or mark the widget as always open." });
  });
export type THours = z.infer<typeof ZHours>;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

// Open/closed is decided on the wall clock of the widget's zone: luxon converts the instant, so DST shifts and
// historical offsets come from the IANA database, never from hand-written offsets.
export function isOpenAt(hours: THours, at: Date): boolean {
  if (hours.alwaysOpen) return true;
  const local = DateTime.fromJSDate(at, { zone: hours.timeZone });
  const holidays = new Set(hours.holidays);
  const today = local.toISODate()!;
  if (holidays.has(today)) return false;
  const t = local.hour * 60 + local.minute;
  const yesterday = local.minus({ days: 1 });
  return hours.weekly.some((r) => {
    const from = minutes(r.from);
    const to = minutes(r.to);
    if (r.day === local.weekday) return from < to ? t >= from && t < to : t >= from;
    // The tail of an overnight range that started yesterday (and yesterday was not a holiday).
    if (r.day === yesterday.weekday && from > to) return t < to && !holidays.has(yesterday.toISODate()!);
    return false;
  });
}

// The next instant the widget opens, for "Back at 09:00" messages. Candidates are built from wall-clock times in
// the zone; luxon moves a time that does not exist (spring-forward gap) to the first valid instant.
export function nextOpening(hours: THours, at: Date): Date | null {
  if (hours.alwaysOpen || isOpenAt(hours, at)) return at;
  const now = DateTime.fromJSDate(at, { zone: hours.timeZone });
  const holidays = new Set(hours.holidays);
  let best: DateTime | null = null;
  for (let d = 0; d <= 14 && !best; d++) {
    const day = now.startOf("day").plus({ days: d });
    if (holidays.has(day.toISODate()!)) continue;
    for (const r of hours.weekly) {
      if (r.day !== day.weekday || r.from === "24:00") continue;
      const start = DateTime.fromObject(
        { year: day.year, month: day.month, day: day.day, hour: Number(r.from.slice(0, 2)), minute: Number(r.from.slice(3, 5)) },
        { zone: hours.timeZone },
      );
      if (start > now && (!best || start < best)) best = start;
    }
  }
  return best ? best.toJSDate() : null;
}
