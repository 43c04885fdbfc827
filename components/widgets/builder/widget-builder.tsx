"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { CheckCircle2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { LANGUAGES, TEXT_KEYS } from "@/lib/shared/widget/i18n";
import { ZWidgetInput, type TWidgetFormValues, type TWidgetInput } from "@/lib/shared/widget/widget-schema";
import type { TActionResult } from "@/lib/shared/action-result";
import { GeneralSection, DestinationSection } from "./general-section";
import { LookSection } from "./look-section";
import { TextsSection } from "./texts-section";
import { FormSection } from "./form-section";
import { HoursSection } from "./hours-section";
import { AccessSection, LimitsSection, NoticeSection } from "./access-section";
import { WidgetPreview } from "./widget-preview";

type TSaved = { id: string; slug: string };
// A server action passed in by the page: (orgSlug, values) to create, (orgSlug, {id, values}) to update.
export type TSaveWidget = (orgSlug: string, raw: unknown) => Promise<TActionResult<TSaved>>;

const NAV = [
  ["general", "General"], ["destination", "Destination"], ["look", "Look"], ["texts", "Texts & languages"], ["form", "Form"],
  ["hours", "Hours"], ["access", "Access"], ["limits", "Limits"], ["notice", "Notice"],
] as const;

// The campaign builder: one react-hook-form instance validated by the same zod schema the server uses, and a
// live preview that re-renders the real button and call page from the unsaved values on every change.
export function WidgetBuilder(props: {
  initial: TWidgetInput;
  publicId: string;
  options: { trunks: { id: string; name: string }[]; iceSets: { id: string; name: string }[] };
  save: TSaveWidget;
  orgSlug: string;
  widgetId?: string;
  submitLabel: string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [banner, setBanner] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const { control, register, setValue, handleSubmit, setError, formState, reset } = useForm<TWidgetFormValues, unknown, TWidgetInput>({
    resolver: zodResolver(ZWidgetInput),
    defaultValues: withAllTexts(props.initial),
    mode: "onChange",
  });
  const values = useWatch({ control }) as TWidgetFormValues;
  const section = { control, register, setValue, errors: formState.errors };

  const onSubmit = handleSubmit(
    (data) =>
      startTransition(async () => {
        setBanner(null);
        const res = await props.save(props.orgSlug, props.widgetId ? { id: props.widgetId, values: data } : data);
        if (res.ok) {
          if (!props.widgetId) return router.push(`/o/${props.orgSlug}/widgets/${res.data.id}/share?created=1`);
          reset(withAllTexts({ ...data, slug: res.data.slug }));
          setBanner({ tone: "ok", text: "Saved. Changes are live on the button and the hosted link." });
          return router.refresh();
        }
        const fields = res.fieldErrors ?? (res.details?.fieldErrors as Record<string, string> | undefined) ?? {};
        for (const [path, message] of Object.entries(fields)) setError(path.replace(/^values\./, "") as Path<TWidgetFormValues>, { message });
        setBanner({ tone: "error", text: res.message });
      }),
    () => setBanner({ tone: "error", text: "Check the highlighted fields." }),
  );

  return (
    // The preview holds real forms (the call page's), so it sits beside the builder's <form>, not inside it.
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_420px]">
      <form onSubmit={onSubmit} noValidate aria-label="Widget settings" className="min-w-0">
        <fieldset disabled={!hydrated} className="min-w-0 space-y-6">
        <nav aria-label="Builder sections" className="sticky top-0 z-10 -mx-1 flex gap-1 overflow-x-auto bg-slate-50/95 px-1 py-2 backdrop-blur">
          {NAV.map(([id, label]) => (
            <a key={id} href={`#${id}`} className="whitespace-nowrap rounded-md px-2.5 py-1 text-sm font-medium text-slate-600 hover:bg-white hover:text-slate-900">{label}</a>
          ))}
        </nav>
        <GeneralSection {...section} />
        <DestinationSection {...section} trunks={props.options.trunks} iceSets={props.options.iceSets} />
        <LookSection {...section} />
        <TextsSection {...section} />
        <FormSection {...section} />
        <HoursSection {...section} />
        <AccessSection {...section} />
        <LimitsSection {...section} />
        <NoticeSection {...section} />
        <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 px-1 py-3 backdrop-blur">
          <Button type="submit" disabled={pending}>{pending ? "Saving…" : props.submitLabel}</Button>
          {banner ? (
            <p role={banner.tone === "error" ? "alert" : "status"} className={`flex items-center gap-1.5 text-sm ${banner.tone === "ok" ? "text-emerald-700" : "text-red-600"}`}>
              {banner.tone === "ok" ? <CheckCircle2 className="size-4" aria-hidden /> : null}
              {banner.text}
            </p>
          ) : formState.isDirty ? (
            <p className="text-sm text-slate-500">Unsaved changes</p>
          ) : null}
        </div>
        </fieldset>
      </form>
      <aside className="xl:sticky xl:top-6 xl:self-start">
        <WidgetPreview values={values} publicId={props.publicId} />
      </aside>
    </div>
  );
}

// Every text input is registered, so every language/key gets a value ("" = built-in text). Filling them up front
// keeps a freshly loaded form from counting as "changed"; the schema drops the empty ones again on save.
function withAllTexts(v: TWidgetInput): TWidgetInput {
  const texts: TWidgetInput["texts"] = {};
  for (const lang of LANGUAGES) {
    const own = v.texts[lang] ?? {};
    texts[lang] = Object.fromEntries(TEXT_KEYS.map((k) => [k, own[k] ?? ""]));
  }
  return { ...v, texts };
}
