"use client";
import { useState } from "react";
import { useWatch, type Path } from "react-hook-form";
import { BUILT_IN, LANGUAGES, LANGUAGE_NAMES, type TLanguage, type TTextKey } from "@/lib/shared/widget/i18n";
import type { TWidgetFormValues } from "@/lib/shared/widget/widget-schema";
import { inputClass } from "@/components/ui/field";
import { Section } from "./section";
import { errorAt, type TSectionProps } from "./form-types";

const GROUPS: { title: string; keys: TTextKey[] }[] = [
  { title: "Button and page", keys: ["buttonLabel", "offlineButtonLabel", "title", "subtitle", "callButton", "micPrompt", "close"] },
  { title: "Call states", keys: ["connecting", "ringing", "inCall", "reconnecting", "ended", "hangUp", "mute", "unmute", "keypad"] },
  { title: "Errors", keys: ["errorMicDenied", "errorNetwork", "errorBusy", "errorGeneric", "errorRateLimited", "notSetUp", "pausedMessage"] },
  { title: "Closed and callback", keys: ["closedTitle", "closedMessage", "opensAt", "callbackSubmit", "callbackSending", "callbackThanks", "callbackError"] },
  { title: "Form", keys: ["nameLabel", "emailLabel", "phoneLabel", "topicLabel", "topicPlaceholder", "messageLabel", "requiredError", "emailError", "phoneError", "consentError"] },
];

const LABELS: Partial<Record<TTextKey, string>> = {
  opensAt: "Opens again ({time} is replaced)",
  buttonLabel: "Button label",
  offlineButtonLabel: "Button label when closed",
  // A call that never got through has its own sentence (the dialer's); this one is for a call that was talking.
  errorNetwork: "Connection lost during a call",
};
const human = (k: string) => LABELS[k as TTextKey] ?? k.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());

export function TextsSection({ control, register, setValue, errors }: TSectionProps) {
  const enabled = (useWatch({ control, name: "languages" }) ?? ["en"]) as TLanguage[];
  const [editing, setEditing] = useState<TLanguage>(enabled[0] ?? "en");
  const lang = enabled.includes(editing) ? editing : (enabled[0] ?? "en");
  const langErr = errorAt(errors, "languages");
  function toggle(l: TLanguage, on: boolean) {
    const next = on ? [...enabled, l] : enabled.filter((x) => x !== l);
    setValue("languages", LANGUAGES.filter((x) => next.includes(x)), { shouldDirty: true, shouldValidate: true });
  }
  return (
    <Section id="texts" title="Texts and languages" description="Every word the visitor sees. The visitor's browser language picks among the enabled languages; the first is the fallback.">
      <fieldset aria-describedby={langErr ? "w-lang-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">Languages</legend>
        <div className="flex flex-wrap gap-2">
          {LANGUAGES.map((l) => (
            <label key={l} className="inline-flex items-center gap-2 rounded-lg bg-white px-3 py-1.5 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600">
              <input type="checkbox" checked={enabled.includes(l)} onChange={(e) => toggle(l, e.target.checked)} className="accent-brand-600" />
              {LANGUAGE_NAMES[l]}
            </label>
          ))}
        </div>
        {langErr ? <p id="w-lang-error" className="mt-1.5 text-sm text-red-600" role="alert">{langErr}</p> : null}
      </fieldset>
      <div>
        <div role="tablist" aria-label="Language to edit" className="mb-3 flex gap-1 border-b border-slate-200">
          {enabled.map((l) => (
            <button key={l} type="button" role="tab" aria-selected={l === lang} onClick={() => setEditing(l)} className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${l === lang ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:text-slate-800"}`}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
        <p className="mb-3 text-sm text-slate-500">Leave a field empty to use the built-in {LANGUAGE_NAMES[lang]} text shown in grey.</p>
        <div className="space-y-2">
          {GROUPS.map((g, gi) => (
            <details key={g.title} open={gi === 0} className="group rounded-lg ring-1 ring-slate-200">
              <summary className="cursor-pointer select-none px-4 py-2.5 text-sm font-medium text-slate-800">{g.title}</summary>
              <div className="grid gap-3 px-4 pb-4 sm:grid-cols-2">
                {g.keys.map((k) => {
                  const id = `w-text-${lang}-${k}`;
                  return (
                    <div key={k} className="space-y-1">
                      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{human(k)}</label>
                      <input id={id} {...register(`texts.${lang}.${k}` as Path<TWidgetFormValues>)} placeholder={BUILT_IN[lang][k]} className={inputClass} />
                    </div>
                  );
                })}
              </div>
            </details>
          ))}
        </div>
      </div>
    </Section>
  );
}
