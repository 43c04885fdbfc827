import "server-only";
import { DateTime } from "luxon";
import { z } from "zod";

// Business hours and the pre-call form, read the way the widget editor stores them. An empty object means
// "always open" / "no form".

const ZRange = z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) });
const ZHours = z.object({
  enabled: z.boolean().optional(),
  timezone: z.string().default("UTC"),
  days: z.record(z.string(), z.array(ZRange)).default({}),
});
const DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export function isOpenNow(hours: unknown, now: Date): boolean {
  const parsed = ZHours.safeParse(hours ?? {});
  if (!parsed.success || parsed.data.enabled === false || Object.keys(parsed.data.days).length === 0) return true;
  const local = DateTime.fromJSDate(now, { zone: parsed.data.timezone });
  if (!local.isValid) return true;
  const ranges = parsed.data.days[DAY_KEYS[local.weekday - 1]!] ?? [];
  const hm = local.toFormat("HH:mm");
  return ranges.some((r) => hm >= r.from && hm < r.to);
}

const ZField = z.object({
  key: z.string(),
  type: z.enum(["text", "email", "phone", "textarea", "checkbox", "select"]).default("text"),
  required: z.boolean().default(false),
  options: z.array(z.string()).optional(),
  maxLength: z.number().int().positive().optional(),
});
const ZForm = z.object({ enabled: z.boolean().optional(), fields: z.array(ZField).default([]) });

export type TFormCheck = { ok: true; answers: Record<string, string | boolean> } | { ok: false; fields: string[] };

// Unknown keys are dropped (they are the visitor's, not the widget's); every invalid field is named.
export function checkFormAnswers(form: unknown, answers: Record<string, string | boolean>): TFormCheck {
  const parsed = ZForm.safeParse(form ?? {});
  const fields = parsed.success && parsed.data.enabled !== false ? parsed.data.fields : [];
  const out: Record<string, string | boolean> = {};
  const bad: string[] = [];
  for (const f of fields) {
    const v = answers[f.key];
    const empty = v === undefined || v === "" || v === false;
    if (empty) {
      if (f.required) bad.push(f.key);
      continue;
    }
    const ok =
      f.type === "checkbox" ? v === true :
      typeof v !== "string" ? false :
      f.type === "email" ? z.email().safeParse(v).success :
      f.type === "phone" ? /^\+?[0-9 ().-]{4,30}$/.test(v) :
      f.type === "select" ? (f.options ?? []).includes(v) :
      v.length <= (f.maxLength ?? (f.type === "textarea" ? 2000 : 200));
    if (ok) out[f.key] = v;
    else bad.push(f.key);
  }
  return bad.length ? { ok: false, fields: bad } : { ok: true, answers: out };
}
