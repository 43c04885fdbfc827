"use client";
import { useState } from "react";
import { CheckCircle2 } from "lucide-react";
import type { TActionResult } from "@/lib/shared/action-result";
import type { TTexts } from "@/lib/shared/widget/i18n";
import { isPhone } from "@/lib/shared/widget/visitor-checks";
import { useHydrated } from "@/components/ui/use-hydrated";
import { VisitorField, fieldA11y, visitorInputClass } from "./visitor-field";

export type TCallbackSubmit = (publicId: string, raw: { name: string; phone: string; message: string }, pageUrl: string | null) => Promise<TActionResult<{ id: string }>>;

// The offline state's callback request. Stored as a lead on the widget; the dashboard lists it.
export function CallbackForm(props: { publicId: string; texts: TTexts; onSubmit?: TCallbackSubmit; pageUrl?: string | null }) {
  const t = props.texts;
  const [values, setValues] = useState({ name: "", phone: "", message: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<"idle" | "sending" | "done" | "failed">("idle");
  const hydrated = useHydrated();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const phone = values.phone.trim();
    const errs: Record<string, string> = !phone ? { phone: t.requiredError } : !isPhone(phone) ? { phone: t.phoneError } : {};
    setErrors(errs);
    if (errs.phone) return document.getElementById("rl-cb-phone")?.focus();
    if (!props.onSubmit) return setState("done"); // the builder's preview: nothing is stored
    setState("sending");
    const pageUrl = props.pageUrl ?? (typeof window !== "undefined" ? window.location.href : null);
    const res = await props.onSubmit(props.publicId, values, pageUrl).catch(() => null);
    if (res?.ok) return setState("done");
    if (res && !res.ok && res.code === "rate_limited") setErrors({ form: t.errorRateLimited });
    else if (res && !res.ok && res.fieldErrors?.phone) setErrors({ phone: t.phoneError });
    else setErrors({ form: t.callbackError });
    setState("failed");
  }

  if (state === "done") {
    return (
      <div role="status" className="flex items-start gap-3 rounded-2xl border border-(--rl-border) bg-(--rl-surface) p-5">
        <CheckCircle2 className="size-6 shrink-0 text-(--rl-success)" aria-hidden />
        <p className="text-[15px] font-medium">{t.callbackThanks}</p>
      </div>
    );
  }
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t.offlineButtonLabel}>
      <VisitorField id="rl-cb-name" label={t.nameLabel}>
        <input {...fieldA11y("rl-cb-name")} autoComplete="name" className={visitorInputClass} value={values.name} onChange={set("name")} />
      </VisitorField>
      <VisitorField id="rl-cb-phone" label={t.phoneLabel} required error={errors.phone}>
        <input {...fieldA11y("rl-cb-phone", errors.phone, true)} type="tel" autoComplete="tel" className={visitorInputClass} value={values.phone} onChange={set("phone")} />
      </VisitorField>
      <VisitorField id="rl-cb-message" label={t.messageLabel}>
        <textarea {...fieldA11y("rl-cb-message")} rows={3} maxLength={500} className={visitorInputClass} value={values.message} onChange={set("message")} />
      </VisitorField>
      {errors.form ? <p role="alert" className="text-sm text-(--rl-danger)">{errors.form}</p> : null}
      <button
        type="submit"
        disabled={!hydrated || state === "sending"}
        className="w-full rounded-2xl bg-(--rl-primary) px-5 py-3.5 text-base font-semibold text-(--rl-on-primary) shadow-md transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--rl-primary) disabled:opacity-70"
      >
        {state === "sending" ? t.callbackSending : t.callbackSubmit}
      </button>
    </form>
  );
}
