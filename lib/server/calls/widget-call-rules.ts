import "server-only";
import { ZFormConfig } from "@/lib/shared/widget/form-config";
import { isOpenAt, ZHours } from "@/lib/shared/widget/hours";
import { BUILT_IN } from "@/lib/shared/widget/i18n";
import { visitorFormSchema, type TVisitorAnswers } from "@/lib/shared/widget/visitor-form";

// Business hours and the pre-call form, with the same schemas the widget builder and the call page use.
// Stored JSON that no longer parses (an old shape) counts as "always open" / "no form" rather than a dead widget.

export type TFormCheck = { ok: true; answers: Record<string, string | boolean> } | { ok: false; fields: string[] };

export type TCallRules = { isOpenAt: (now: Date) => boolean; checkForm: (answers: Record<string, string | boolean>) => TFormCheck };

const FORM_KEYS = ["name", "email", "phone", "topic", "consent"] as const satisfies (keyof TVisitorAnswers)[];

// Built once per cached widget, not per call: parsing the stored JSON and compiling the form's zod schema cost
// ~90 µs per mint, more than the two HMACs and half the ES256 signature it sits next to.
export function callRules(stored: { hours: unknown; form: unknown }): TCallRules {
  const hours = ZHours.safeParse(stored.hours ?? {});
  const config = ZFormConfig.safeParse(stored.form ?? {});
  const schema = config.success ? visitorFormSchema(config.data, BUILT_IN.en) : null;
  return {
    isOpenAt: (now) => (hours.success ? isOpenAt(hours.data, now) : true),
    // Only the widget's own questions are kept (the rest is the visitor's, not ours); every invalid field is named.
    checkForm(answers) {
      if (!schema || !config.success) return { ok: true, answers: {} };
      const parsed = schema.safeParse(answers);
      if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "form")))] };
      const out: Record<string, string | boolean> = {};
      for (const key of FORM_KEYS) {
        const v = parsed.data[key];
        if (config.data[key].enabled && v !== undefined && v !== "") out[key] = v;
      }
      return { ok: true, answers: out };
    },
  };
}
