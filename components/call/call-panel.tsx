"use client";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { TDialerView } from "@/lib/call/dialer-view";
import { refusalText } from "@/lib/call/refusal-text";
import { requestTicket } from "@/lib/call/request-ticket";
import type { TEndReason } from "@/lib/call/types";
import { useDialer } from "@/lib/call/use-dialer";
import type { TPublicWidget } from "@/lib/shared/widget/public-widget";
import { checkVisitorAnswers, type TVisitorAnswers, type TVisitorErrors } from "@/lib/shared/widget/visitor-checks";
import { useHydrated } from "@/components/ui/use-hydrated";
import { CallIcon } from "./call-icon";
import { postToParent } from "./embed-bridge";
import { MicCheck } from "./mic-check";
import { VisitorField, fieldA11y, visitorInputClass } from "./visitor-field";

// Loaded once the panel is up (preloaded below), not in the page's first load: only needed after "Call".
const loadControls = () => import("./call-controls");
const CallControls = lazy(() => loadControls().then((m) => ({ default: m.CallControls })));

export type TCallContext = { pageUrl?: string | null; parentOrigin?: string | null };

// The pre-call form and the Call button, then the call itself. `live` (hosted link and embed, not the builder's
// preview) opens the microphone as soon as the panel shows, so pressing Call dials at once; the form is validated
// here (same checks as the server) before a call ticket is requested.
export function CallPanel(props: { widget: TPublicWidget; live?: boolean; context?: TCallContext }) {
  const { widget } = props;
  const t = widget.texts;
  const ct = widget.callTexts;
  const f = widget.form;
  const [answers, setAnswers] = useState<TVisitorAnswers>({});
  const [errors, setErrors] = useState<TVisitorErrors>({});
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  const hydrated = useHydrated();
  const latest = useRef({ answers, context: props.context });
  useEffect(() => void (latest.current = { answers, context: props.context }));
  const { dialer, view } = useDialer(
    {
      getTicket: () => requestTicket(widget.publicId, ticketRequest(latest.current.answers, latest.current.context)),
      texts: ct,
      refusalMessage: (code) => refusalText(code, t, ct),
    },
    props.live ? audio : null,
  );
  const state = view?.state;
  const micReady = state?.name === "preflight" && state.mic === "ready";
  const set = (key: keyof TVisitorAnswers, value: string | boolean) => setAnswers((a) => ({ ...a, [key]: value }));

  useEffect(() => {
    if (!dialer) return;
    void dialer.open();
    void loadControls();
  }, [dialer]);
  // The embed loader hears about the call's progress, addressed to the validated parent origin only.
  useEffect(() => {
    const parent = props.context?.parentOrigin;
    if (parent && state && state.name !== "idle" && state.name !== "preflight") {
      postToParent(parent, { type: "state", state: state.name, ...(state.name === "ended" ? { reason: state.reason } : {}) });
    }
  }, [state, props.context?.parentOrigin]);

  function onCall(e: React.FormEvent) {
    e.preventDefault();
    const errs = checkVisitorAnswers(f, t, answers);
    setErrors(errs);
    const first = Object.keys(errs)[0];
    if (first) return document.getElementById(`rl-${first}`)?.focus();
    void dialer?.call();
  }

  const formView = (
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
      {props.live ? <MicCheck dialer={dialer} state={state} texts={ct} /> : null}
      <button
        type="submit"
        disabled={!hydrated || (props.live === true && !micReady)}
        className="flex w-full items-center justify-center gap-2.5 rounded-2xl bg-(--rl-primary) px-5 py-3.5 text-base font-semibold text-(--rl-on-primary) shadow-md transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--rl-primary)"
      >
        <CallIcon name={widget.appearance.icon} className="size-5" />
        {t.callButton}
      </button>
      <p className="text-center text-xs text-(--rl-muted)">{t.micPrompt}</p>
    </form>
  );

  const active = state && state.name !== "idle" && state.name !== "preflight";
  return (
    <div data-testid="dialer" data-state={state?.name ?? "idle"} data-reason={state?.name === "ended" ? state.reason : undefined}>
      {props.live ? <audio ref={setAudio} autoPlay className="hidden" /> : null}
      {active && dialer && view ? (
        <div className="rounded-2xl border border-(--rl-border) bg-(--rl-surface) p-6 text-center" aria-live="polite">
          <Suspense fallback={<p role="status">{t.connecting}</p>}>
            <CallControls dialer={dialer} view={localized(view, t)} texts={t} callTexts={ct} />
          </Suspense>
        </div>
      ) : (
        formView
      )}
    </div>
  );
}

function ticketRequest(answers: TVisitorAnswers, context: TCallContext | undefined) {
  const formAnswers = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string | boolean>;
  return {
    pageUrl: context?.pageUrl ?? window.location.href,
    referrer: document.referrer || undefined,
    origin: context?.parentOrigin ?? undefined,
    formAnswers,
  };
}

type TTexts = TPublicWidget["texts"];

// Where the widget's own (admin-editable) texts have words for an end reason, they replace the dialer's. Its
// "connection dropped" is about a call that was talking: one that never got through keeps the dialer's words.
const END_TEXT: Partial<Record<TEndReason, (t: TTexts, answered: boolean) => string | null>> = {
  "hangup-visitor": (t) => t.ended,
  busy: (t) => t.errorBusy,
  "network-failure": (t, answered) => (answered ? t.errorNetwork : null),
};

function localized(view: TDialerView, t: TTexts): TDialerView {
  const s = view.state;
  if (s.name !== "ended" || s.reason === "refused") return view;
  const text = END_TEXT[s.reason]?.(t, s.durationSec !== null);
  return text ? { ...view, state: { ...s, message: text } } : view;
}
