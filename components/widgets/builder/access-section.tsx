"use client";
import { useWatch } from "react-hook-form";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { Section } from "./section";
import { errorAt, type TSectionProps } from "./form-types";
import { describe } from "./general-section";

export function AccessSection({ control, setValue, errors }: TSectionProps) {
  const origins = (useWatch({ control, name: "allowedOrigins" }) ?? []) as string[];
  const hosted = useWatch({ control, name: "hostedLinkEnabled" }) ?? true;
  // The textarea shows one origin per line; the first bad line's error is reported by its index.
  const err = Object.values((errors.allowedOrigins ?? {}) as Record<string, { message?: string }>).find((e) => e?.message)?.message ?? errorAt(errors, "allowedOrigins");
  return (
    <Section id="access" title="Access" description="Where the button may appear. Browsers refuse to show the call page inside any other site.">
      <Field id="w-origins" label="Allowed sites" hint="One per line: https://www.example.com, https://*.example.com (any subdomain), http://localhost:3000." error={err}>
        <Textarea
          {...describe("w-origins", err, true)}
          rows={4}
          className="font-mono"
          defaultValue={origins.join("\n")}
          onChange={(e) => setValue("allowedOrigins", e.target.value.split("\n").map((s) => s.trim()).filter(Boolean), { shouldDirty: true, shouldValidate: true })}
          placeholder={"https://www.example.com\nhttps://*.example.com"}
        />
      </Field>
      <Switch id="w-hosted" label="Hosted call link" hint="A page on this server (/c/…) anyone with the link can call from." checked={hosted} onChange={(v) => setValue("hostedLinkEnabled", v, { shouldDirty: true })} />
    </Section>
  );
}

const LIMITS = [
  { name: "maxCallSeconds", label: "Max call length (seconds)", hint: "The SBC cuts the call after this." },
  { name: "maxConcurrentCalls", label: "Concurrent calls", hint: "Further callers get the busy message." },
  { name: "callsPerIpPerHour", label: "Calls per visitor IP per hour", hint: "Stops one visitor or bot from redialling." },
  { name: "callsPerDay", label: "Calls per day", hint: "A ceiling on the whole widget's traffic." },
] as const;

export function LimitsSection({ register, errors }: TSectionProps) {
  return (
    <Section id="limits" title="Limits" description="Caps that protect your phone bill from abuse.">
      <div className="grid gap-5 sm:grid-cols-2">
        {LIMITS.map((l) => {
          const id = `w-${l.name}`;
          const e = errorAt(errors, l.name);
          return (
            <Field key={l.name} id={id} label={l.label} hint={l.hint} error={e}>
              <Input {...describe(id, e, true)} type="number" inputMode="numeric" min={1} {...register(l.name, { valueAsNumber: true })} className="max-w-40" />
            </Field>
          );
        })}
      </div>
    </Section>
  );
}

export function NoticeSection({ register, errors }: TSectionProps) {
  const e = errorAt(errors, "consentNotice");
  return (
    <Section id="notice" title="Recording and consent notice" description="Shown on the call page before the visitor calls. Leave empty for none.">
      <Field id="w-notice" label="Notice" error={e}>
        <Textarea {...describe("w-notice", e)} rows={3} {...register("consentNotice")} placeholder="Calls may be recorded for quality and training. By calling you agree to our privacy policy." />
      </Field>
    </Section>
  );
}
