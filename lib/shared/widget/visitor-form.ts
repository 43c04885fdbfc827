import { z } from "zod";
import type { TFormConfig } from "./form-config";
import type { TTexts } from "./i18n";
import { checkVisitorAnswers, isPhone } from "./visitor-checks";

export type { TVisitorAnswers } from "./visitor-checks";

// The schema for what a visitor types before calling, built from the widget's form config and worded in the
// visitor's language. The browser runs the same checks (visitor-checks.ts) without loading zod.
export function visitorFormSchema(form: TFormConfig, t: TTexts) {
  const text = (max: number) => z.string().trim().max(max).optional();
  return z
    .object({ name: text(100), email: text(254), phone: text(25), topic: text(60), consent: z.boolean().optional() })
    .superRefine((v, ctx) => {
      for (const [path, message] of Object.entries(checkVisitorAnswers(form, t, v))) ctx.addIssue({ code: "custom", path: [path], message });
    });
}

// The offline callback request: a phone number is the point of it; name and a short message are optional.
export function callbackSchema(t: TTexts) {
  return z.object({
    name: z.string().trim().max(100).optional().or(z.literal("")),
    phone: z.string().trim().min(1, { message: t.requiredError }).max(25).refine(isPhone, { message: t.phoneError }),
    message: z.string().trim().max(500).optional().or(z.literal("")),
  });
}
export type TCallbackInput = z.infer<ReturnType<typeof callbackSchema>>;
