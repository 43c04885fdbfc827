import type { TFormConfig } from "./form-config";
import type { TTexts } from "./i18n/en";

export type TVisitorAnswers = { name?: string; email?: string; phone?: string; topic?: string; consent?: boolean };
export type TVisitorErrors = Partial<Record<keyof TVisitorAnswers, string>>;

// Plain functions without zod, so the call page's browser bundle stays small; the zod schema in visitor-form.ts
// runs these same checks on the server.
const PHONE = /^\+?[\d\s().-]{6,25}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const isPhone = (v: string) => PHONE.test(v) && v.replace(/\D/g, "").length >= 6;
export const isEmail = (v: string) => v.length <= 254 && EMAIL.test(v);

export function checkVisitorAnswers(form: TFormConfig, t: TTexts, v: TVisitorAnswers): TVisitorErrors {
  const errors: TVisitorErrors = {};
  for (const key of ["name", "email", "phone", "topic"] as const) {
    const value = v[key]?.trim();
    if (form[key].enabled && form[key].required && !value) errors[key] = t.requiredError;
  }
  if (form.email.enabled && v.email?.trim() && !isEmail(v.email.trim())) errors.email = t.emailError;
  if (form.phone.enabled && v.phone?.trim() && !isPhone(v.phone.trim())) errors.phone = t.phoneError;
  if (form.topic.enabled && v.topic && !form.topic.choices.includes(v.topic)) errors.topic = t.requiredError;
  if (form.consent.enabled && v.consent !== true) errors.consent = t.consentError;
  return errors;
}
