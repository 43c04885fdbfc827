import { z } from "zod";
import type { TFormConfig } from "./form-config";
import type { TTexts } from "./i18n";

// E.164-ish: digits with optional leading +, spaces, dots, dashes and brackets, 6–20 digits in total.
const PHONE = /^\+?[\d\s().-]{6,25}$/;

export type TVisitorAnswers = { name?: string; email?: string; phone?: string; topic?: string; consent?: boolean };

// The schema for what a visitor types before calling, built from the widget's form config and worded in the
// visitor's language. The same builder validates in the browser and (in the next issue) when a token is minted.
export function visitorFormSchema(form: TFormConfig, t: TTexts) {
  const text = (max: number) => z.string().trim().max(max).optional();
  return z
    .object({
      name: text(100),
      email: text(254),
      phone: text(25),
      topic: text(60),
      consent: z.boolean().optional(),
    })
    .superRefine((v, ctx) => {
      const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      for (const key of ["name", "email", "phone", "topic"] as const) {
        if (form[key].enabled && form[key].required && !v[key]) fail(key, t.requiredError);
      }
      if (form.email.enabled && v.email && !z.email().safeParse(v.email).success) fail("email", t.emailError);
      if (form.phone.enabled && v.phone && !isPhone(v.phone)) fail("phone", t.phoneError);
      if (form.topic.enabled && v.topic && !form.topic.choices.includes(v.topic)) fail("topic", t.requiredError);
      if (form.consent.enabled && v.consent !== true) fail("consent", t.consentError);
    });
}

const isPhone = (v: string) => PHONE.test(v) && v.replace(/\D/g, "").length >= 6;

// The offline callback request: a phone number is the point of it; name and a short message are optional.
export function callbackSchema(t: TTexts) {
  return z.object({
    name: z.string().trim().max(100).optional().or(z.literal("")),
    phone: z
      .string()
      .trim()
      .min(1, { message: t.requiredError })
      .max(25)
      .refine(isPhone, { message: t.phoneError }),
    message: z.string().trim().max(500).optional().or(z.literal("")),
  });
}
export type TCallbackInput = z.infer<ReturnType<typeof callbackSchema>>;
