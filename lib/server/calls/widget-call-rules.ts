import "server-only";
import { ZFormConfig } from "@/lib/shared/widget/form-config";
import { isOpenAt, ZHours } from "@/lib/shared/widget/hours";
import { BUILT_IN } from "@/lib/shared/widget/i18n";
import { visitorFormSchema, type TVisitorAnswers } from "@/lib/shared/widget/visitor-form";

// Business hours and the pre-call form, with the same schemas the widget builder and the call page use.
// Stored JSON that no longer parses (an old shape) counts as "always open" / "no form" rather than a dead widget.

export function isOpenNow(hours: unknown, now: Date): boolean {
  const parsed = ZHours.safeParse(hours ?? {});
  return parsed.success ? isOpenAt(parsed.data, now) : true;
}

export type TFormCheck = { ok: true; answers: Record<string, string | boolean> } | { ok: false; fields: string[] };

// Only the widget's own questions are kept (the rest is the visitor's, not ours); every invalid field is named.
export function checkFormAnswers(form: unknown, answers: Record<string, string | boolean>): TFormCheck {
  const config = ZFormConfig.safeParse(form ?? {});
  if (!config.success) return { ok: true, answers: {} };
  const parsed = visitorFormSchema(config.data, BUILT_IN.en).safeParse(answers);
  if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "form")))] };
  const out: Record<string, string | boolean> = {};
  for (const key of ["name", "email", "phone", "topic", "consent"] as const satisfies (keyof TVisitorAnswers)[]) {
    const v = parsed.data[key];
    if (config.data[key].enabled && v !== undefined && v !== "") out[key] = v;
  }
  return { ok: true, answers: out };
}
