"use client";
import { useState } from "react";
import { Loader2, PhoneOff } from "lucide-react";
import type { TPublicWidget } from "@/lib/shared/widget/public-widget";
import { checkVisitorAnswers, type TVisitorAnswers, type TVisitorErrors } from "@/lib/shared/widget/visitor-checks";
import { useHydrated } from "@/components/ui/use-hydrated";
import { dialer as defaultDialer, type TDialer, type TDialState } from "./dialer";
import { CallIcon } from "./call-icon";
import { VisitorField, fieldA11y, visitorInputClass } from "./visitor-field";

type TPhase = { kind: "idle" } | { kind: "dialing"; state: TDialState; detail?: string } | { kind: "not-set-up" };

// The pre-call form and the Call button. Validation runs here (same checks as the server); then the answers go to
// the dialer. With no dialer plugged in (see dialer.ts) the visitor gets a clear "not set up yet" state.
export function CallPanel(props: { widget: TPublicWidget; dialer?: TDialer | null; onPhase?: (phase: string) => void }) {
  const { widget } = props;
  const t = widget.texts;
  const f = widget.form;
  const [answers, setAnswers] = useState<TVisitorAnswers>({});
  const [errors, setErrors] = useState<TVisitorErrors>({});
  const [phase, setPhase] = useState<TPhase>({ kind: "idle" });
  const hydrated = useHydrated();
  const dialer = props.dialer === undefined ? defaultDialer : props.dialer;
  const set = (key: keyof TVisitorAnswers, value: string | boolean) => setAnswers((a) => ({ ...a, [key]: value }));
  const go = (p: TPhase) => {
    setPhase(p);
    props.onPhase?.(p.kind === "dialing" ? p.state : p.kind);
  };

  async function onCall(e: React.FormEvent) {
    e.preventDefault();
    const errs = checkVisitorAnswers(f, t, answers);
    setErrors(errs);
    const first = Object.keys(errs)[0];
    if (first) return document.getElementById(`rl-${first}`)?.focus();
    if (!dialer) return go({ kind: "not-set-up" });
    go({ kind: "dialing", state: "connecting" });
    await dialer({ publicId: widget.publicId, answers, onState: (state, detail) => go({ kind: "dialing", state, detail }) });
  }

  if (phase.kind !== "idle") {
    const text = phase.kind === "not-set-up" ? t.notSetUp : STATE_TEXT[phase.state](t, phase.detail);
    const busy = phase.kind === "dialing" && (phase.state === "connecting" || phase.state === "ringing");
    return (
      <div className="rounded-2xl border border-(--rl-border) bg-(--rl-surface) p-6 text-center" role="status" aria-live="polite">
        <div className="mx-auto mb-3 grid size-12 place-items-center rounded-full bg-(--rl-bg) text-(--rl-muted) ring-1 ring-(--rl-border)">
          {busy ? <Loader2 className="size-6 animate-spin" aria-hidden /> : <PhoneOff className="size-6" aria-hidden />}
        </div>
        <p className="text-[15px] font-medium">{text}</p>
        <button type="button" onClick={() => go({ kind: "idle" })} className="mt-4 text-sm font-medium text-(--rl-muted) underline underline-offset-4">
          {t.close}
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={onCall} noValidate className="space-y-4" aria-label={t.title}>
      {f.name.enabled ? (
        <VisitorField id="rl-name" label={t.nameLabel} required={f.name.required} error={errors.name}>
          <input {...fieldA11y("rl-name", errors.name, f.name.required)} autoComplete="name" className={visitorInputClass} value={answers.name ?? ""} onChange={(e) => set("name", e.target.value)} />
        </VisitorField>
      ) : null}
      {f.email.enabled ? (
        <VisitorField id="rl-email" label={t.emailLabel} required={f.email.required} error={errors.email}>
          <input {...fieldA11y("rl-email", errors.email, f.email.required)} type="email" autoComplete="email" className={visitorInputClass} value={answers.email ?? ""} onChange={(e) => set("email", e.target.value)} />
        </VisitorField>
      ) : null}
      {f.phone.enabled ? (
        <VisitorField id="rl-phone" label={t.phoneLabel} required={f.phone.required} error={errors.phone}>
          <input {...fieldA11y("rl-phone", errors.phone, f.phone.required)} type="tel" autoComplete="tel" className={visitorInputClass} value={answers.phone ?? ""} onChange={(e) => set("phone", e.target.value)} />
        </VisitorField>
      ) : null}
      {f.topic.enabled ? (
        <VisitorField id="rl-topic" label={t.topicLabel} required={f.topic.required} error={errors.topic}>
          <select {...fieldA11y("rl-topic", errors.topic, f.topic.required)} className={visitorInputClass} value={answers.topic ?? ""} onChange={(e) => set("topic", e.target.value)}>
            <option value="">{t.topicPlaceholder}</option>
            {f.topic.choices.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        </VisitorField>
      ) : null}
      {f.consent.enabled ? (
        <div>
          <label className="flex items-start gap-3 text-sm leading-snug">
            <input {...fieldA11y("rl-consent", errors.consent, true)} type="checkbox" className="mt-0.5 size-4 shrink-0 accent-(--rl-primary)" checked={answers.consent === true} onChange={(e) => set("consent", e.target.checked)} />
            <span>{f.consent.text}</span>
          </label>
          {errors.consent ? <p id="rl-consent-error" className="mt-1.5 text-sm text-(--rl-danger)">{errors.consent}</p> : null}
        </div>
      ) : null}
      <button
        type="submit"
        disabled={!hydrated}
        className="flex w-full items-center justify-center gap-2.5 rounded-2xl bg-(--rl-primary) px-5 py-3.5 text-base font-semibold text-(--rl-on-primary) shadow-md transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--rl-primary)"
      >
        <CallIcon name={widget.appearance.icon} className="size-5" />
        {t.callButton}
      </button>
      <p className="text-center text-xs text-(--rl-muted)">{t.micPrompt}</p>
    </form>
  );
}

const STATE_TEXT: Record<TDialState, (t: TPublicWidget["texts"], detail?: string) => string> = {
  connecting: (t) => t.connecting,
  ringing: (t) => t.ringing,
  "in-call": (t) => t.inCall,
  ended: (t) => t.ended,
  error: (t, detail) => detail || t.errorGeneric,
};
