"use client";
import { useEffect, useRef, useState } from "react";
import { ZAppearance } from "@/lib/shared/widget/appearance";
import { ZFormConfig } from "@/lib/shared/widget/form-config";
import { ZHours } from "@/lib/shared/widget/hours";
import { LANGUAGE_NAMES, ZLanguages, ZTextOverrides, type TLanguage } from "@/lib/shared/widget/i18n";
import { toPublicWidget } from "@/lib/shared/widget/public-view";
import { DEFAULT_WIDGET, type TWidgetFormValues, type TWidgetInput } from "@/lib/shared/widget/widget-schema";
import { CallPage } from "@/components/call/call-page";
import { WidgetButton } from "@/components/call/widget-button";
import { Segmented } from "./section";
import { useHydrated } from "@/components/ui/use-hydrated";

// Parts of the unsaved form that are valid right now; an invalid part (a half-typed color) keeps its last good
// value, so the preview never flickers to defaults while the admin types.
function useLastGood(values: TWidgetFormValues): TWidgetInput {
  const good = useRef<TWidgetInput>(DEFAULT_WIDGET);
  const parts = {
    appearance: ZAppearance.safeParse(values.appearance),
    form: ZFormConfig.safeParse(values.form),
    hours: ZHours.safeParse(values.hours),
    languages: ZLanguages.safeParse(values.languages),
    texts: ZTextOverrides.safeParse(values.texts),
  };
  const next = { ...good.current, status: values.status ?? "ACTIVE", consentNotice: (values.consentNotice ?? "").trim() };
  for (const [k, r] of Object.entries(parts)) if (r.success) Object.assign(next, { [k]: r.data });
  good.current = next;
  return next;
}

export function WidgetPreview(props: { values: TWidgetFormValues; publicId: string }) {
  const w = useLastGood(props.values);
  const [state, setState] = useState<"live" | "open" | "closed">("live");
  const hydrated = useHydrated();
  const [lang, setLang] = useState<TLanguage | "auto">("auto");
  // navigator.languages only after mount: the server render has none, and both renders must agree.
  const [browser, setBrowser] = useState<readonly string[]>([]);
  useEffect(() => setBrowser(navigator.languages), []);
  const preview = toPublicWidget(w, props.publicId, { lang: lang === "auto" ? null : lang, preferred: browser });
  if (state !== "live" && preview.status !== "paused") preview.status = state;
  const floating = w.appearance.mode === "floating";
  const left = w.appearance.position === "bottom-left";
  return (
    <section aria-label="Live preview" className="space-y-3">
      <fieldset disabled={!hydrated} className="flex flex-wrap items-end justify-between gap-3">
        <Segmented name="pv-state" label="Preview as" value={state} options={[{ value: "live", label: "Right now" }, { value: "open", label: "Open" }, { value: "closed", label: "Closed" }]} onChange={setState} />
        <label className="text-sm font-medium text-slate-800">
          <span className="mb-1.5 block">Language</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as TLanguage | "auto")} className="rounded-lg border-0 py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300">
            <option value="auto">Browser ({preview.language})</option>
            {w.languages.map((l) => (
              <option key={l} value={l}>{LANGUAGE_NAMES[l as TLanguage]}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <div className="relative overflow-hidden rounded-xl bg-gradient-to-br from-slate-100 to-slate-200 ring-1 ring-slate-300" data-testid="preview-site">
        <div className="flex items-center gap-1.5 border-b border-slate-300/70 bg-white/70 px-3 py-2">
          <span className="size-2.5 rounded-full bg-red-300" /><span className="size-2.5 rounded-full bg-amber-300" /><span className="size-2.5 rounded-full bg-emerald-300" />
          <span className="ml-3 h-4 flex-1 rounded bg-slate-200/80" aria-hidden />
        </div>
        <div className="space-y-2 p-5" aria-hidden={floating}>
          <div className="h-3 w-2/3 rounded bg-slate-300/70" />
          <div className="h-3 w-1/2 rounded bg-slate-300/50" />
          {!floating ? (
            <div className="pt-2" data-testid="preview-button">
              <WidgetButton widget={preview} />
            </div>
          ) : null}
        </div>
        <div className={`flex flex-col gap-3 px-4 pb-4 ${left ? "items-start" : "items-end"}`}>
          <div className="w-full max-w-[380px] overflow-hidden rounded-2xl shadow-2xl ring-1 ring-black/10" data-testid="preview-call-page">
            <CallPage widget={preview} mode="preview" />
          </div>
          {floating ? (
            <div data-testid="preview-button">
              <WidgetButton widget={preview} />
            </div>
          ) : null}
        </div>
      </div>
      <p className="text-xs text-slate-500">Nothing is stored or called from the preview.</p>
    </section>
  );
}
