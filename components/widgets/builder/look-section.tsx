"use client";
import { useWatch } from "react-hook-form";
import { CheckCircle2, AlertTriangle } from "lucide-react";
import { Field, Input } from "@/components/ui/field";
import { contrastRatio, MIN_CONTRAST } from "@/lib/shared/widget/colors";
import { BUTTON_ICONS } from "@/lib/shared/widget/appearance";
import { CallIcon } from "@/components/call/call-icon";
import { Section, Segmented } from "./section";
import { errorAt, type TSectionProps } from "./form-types";
import { describe } from "./general-section";

const HEX = /^#[0-9a-fA-F]{6}$/;

function ColorField(props: TSectionProps & { name: "appearance.primaryColor" | "appearance.textColor"; label: string; id: string }) {
  const value = useWatch({ control: props.control, name: props.name }) ?? "";
  const err = errorAt(props.errors, props.name);
  return (
    <Field id={props.id} label={props.label} error={err}>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={`${props.label} picker`}
          value={HEX.test(value) ? value : "#000000"}
          onChange={(e) => props.setValue(props.name, e.target.value, { shouldDirty: true, shouldValidate: true })}
          className="h-9 w-11 cursor-pointer rounded-md border border-slate-300 bg-white p-0.5"
        />
        <Input {...describe(props.id, err)} {...props.register(props.name)} className="max-w-32 font-mono" />
      </div>
    </Field>
  );
}

export function LookSection(props: TSectionProps) {
  const { control, register, setValue, errors } = props;
  const a = useWatch({ control, name: "appearance" }) ?? {};
  const bg = a.primaryColor ?? "";
  const fg = a.textColor ?? "";
  const ratio = HEX.test(bg) && HEX.test(fg) ? contrastRatio(bg, fg) : null;
  const logoErr = errorAt(errors, "appearance.logoUrl");
  return (
    <Section id="look" title="Look" description="Branding on the button and the call page.">
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="w-company" label="Company name">
          <Input id="w-company" {...register("appearance.companyName")} placeholder="Acme Inc." />
        </Field>
        <Field id="w-logo" label="Logo URL" hint="An https:// image, shown at 40 px height." error={logoErr}>
          <Input {...describe("w-logo", logoErr, true)} {...register("appearance.logoUrl")} placeholder="https://…/logo.svg" />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-slate-800">Button icon</legend>
        <div className="flex gap-2">
          {BUTTON_ICONS.map((icon) => (
            <label key={icon} className={`grid size-11 cursor-pointer place-items-center rounded-lg ring-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${a.icon === icon ? "bg-brand-50 text-brand-700 ring-brand-600" : "bg-white text-slate-600 ring-slate-300"}`}>
              <input type="radio" className="sr-only" value={icon} checked={(a.icon ?? "phone") === icon} onChange={() => setValue("appearance.icon", icon, { shouldDirty: true })} aria-label={icon} />
              <CallIcon name={icon} />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <ColorField {...props} name="appearance.primaryColor" label="Brand color" id="w-primary" />
        <ColorField {...props} name="appearance.textColor" label="Text on brand color" id="w-text" />
      </div>
      {ratio !== null ? (
        <p className={`flex items-center gap-2 text-sm ${ratio >= MIN_CONTRAST ? "text-emerald-700" : "text-amber-800"}`} aria-live="polite">
          {ratio >= MIN_CONTRAST ? <CheckCircle2 className="size-4" aria-hidden /> : <AlertTriangle className="size-4" aria-hidden />}
          Contrast {ratio.toFixed(2)}:1 {ratio >= MIN_CONTRAST ? "— readable (WCAG AA)" : `— below ${MIN_CONTRAST}:1, hard to read`}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-6">
        <Segmented name="theme" label="Call page theme" value={a.theme ?? "auto"} options={[{ value: "light", label: "Light" }, { value: "dark", label: "Dark" }, { value: "auto", label: "Auto" }]} onChange={(v) => setValue("appearance.theme", v, { shouldDirty: true })} />
        <Segmented name="position" label="Position" value={a.position ?? "bottom-right"} options={[{ value: "bottom-left", label: "Bottom left" }, { value: "bottom-right", label: "Bottom right" }]} onChange={(v) => setValue("appearance.position", v, { shouldDirty: true })} />
        <Segmented name="mode" label="Button" value={a.mode ?? "floating"} options={[{ value: "floating", label: "Floating" }, { value: "inline", label: "Inline" }]} onChange={(v) => setValue("appearance.mode", v, { shouldDirty: true })} />
      </div>
    </Section>
  );
}
