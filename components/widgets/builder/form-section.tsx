"use client";
import { useWatch } from "react-hook-form";
import { Field, Textarea } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { Section } from "./section";
import { errorAt, type TSectionProps } from "./form-types";
import { describe } from "./general-section";

const FIELDS = [
  { key: "name", label: "Name" },
  { key: "email", label: "Email" },
  { key: "phone", label: "Phone number" },
  { key: "topic", label: "Topic (choices)" },
] as const;

export function FormSection({ control, register, setValue, errors }: TSectionProps) {
  const form = useWatch({ control, name: "form" }) ?? {};
  const choicesErr = errorAt(errors, "form.topic.choices");
  const consentErr = errorAt(errors, "form.consent.text");
  return (
    <Section id="form" title="Pre-call form" description="Optional questions before the call. Answers travel with the call record.">
      <div className="divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200">
        {FIELDS.map(({ key, label }) => {
          const f = form[key] ?? { enabled: false, required: false };
          return (
            <div key={key} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <label className="flex items-center gap-3 text-sm font-medium text-slate-800">
                <input type="checkbox" className="size-4 accent-brand-600" checked={!!f.enabled} onChange={(e) => setValue(`form.${key}.enabled`, e.target.checked, { shouldDirty: true, shouldValidate: true })} />
                Ask for {label.toLowerCase()}
              </label>
              <label className={`flex items-center gap-2 text-sm ${f.enabled ? "text-slate-700" : "text-slate-400"}`}>
                <input type="checkbox" className="size-4 accent-brand-600" disabled={!f.enabled} checked={!!f.required} onChange={(e) => setValue(`form.${key}.required`, e.target.checked, { shouldDirty: true })} />
                Required
              </label>
            </div>
          );
        })}
      </div>
      {form.topic?.enabled ? (
        <Field id="w-topics" label="Topics" hint="One per line; at least two." error={choicesErr}>
          <Textarea
            {...describe("w-topics", choicesErr, true)}
            rows={3}
            defaultValue={(form.topic?.choices ?? []).join("\n")}
            onChange={(e) => setValue("form.topic.choices", e.target.value.split("\n").map((s) => s.trim()).filter(Boolean), { shouldDirty: true, shouldValidate: true })}
          />
        </Field>
      ) : null}
      <Switch id="w-consent" label="Consent checkbox" hint="The visitor must tick it to call." checked={!!form.consent?.enabled} onChange={(v) => setValue("form.consent.enabled", v, { shouldDirty: true, shouldValidate: true })} />
      {form.consent?.enabled ? (
        <Field id="w-consent-text" label="Consent text" error={consentErr}>
          <Textarea {...describe("w-consent-text", consentErr)} rows={2} {...register("form.consent.text")} placeholder="I agree that this call may be recorded for training." />
        </Field>
      ) : null}
    </Section>
  );
}
