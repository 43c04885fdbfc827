"use client";
import { useWatch } from "react-hook-form";
import { Field, Input, Select } from "@/components/ui/field";
import { Section, Segmented } from "./section";
import { errorAt, type TSectionProps } from "./form-types";

export const describe = (id: string, error?: string, hint?: boolean) => ({
  id,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
});

export function GeneralSection({ control, register, setValue, errors }: TSectionProps) {
  const status = useWatch({ control, name: "status" }) ?? "ACTIVE";
  const nameErr = errorAt(errors, "name");
  const slugErr = errorAt(errors, "slug");
  return (
    <Section id="general" title="General" description="How you recognise this campaign, and whether it takes calls.">
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="w-name" label="Name" error={nameErr}>
          <Input {...describe("w-name", nameErr)} {...register("name")} placeholder="Spring sale – sales line" />
        </Field>
        <Field id="w-slug" label="Hosted link" hint="Leave empty to make one from the name." error={slugErr}>
          <div className="flex rounded-lg shadow-sm">
            <span className="inline-flex items-center rounded-l-lg bg-slate-50 px-3 text-sm text-slate-500 ring-1 ring-inset ring-slate-300">/c/</span>
            <Input {...describe("w-slug", slugErr, true)} {...register("slug")} className="rounded-l-none shadow-none" placeholder="spring-sale" />
          </div>
        </Field>
      </div>
      <Segmented
        name="status"
        label="Status"
        value={status}
        options={[
          { value: "ACTIVE", label: "Active" },
          { value: "PAUSED", label: "Paused" },
        ]}
        onChange={(v) => setValue("status", v, { shouldDirty: true })}
      />
    </Section>
  );
}

export function DestinationSection(props: TSectionProps & { trunks: { id: string; name: string }[]; iceSets: { id: string; name: string }[] }) {
  const { register, errors } = props;
  const destErr = errorAt(errors, "destination");
  const trunkErr = errorAt(errors, "trunkId");
  const iceErr = errorAt(errors, "iceServerSetId");
  return (
    <Section id="destination" title="Destination" description="Where calls go. Chosen here only: visitors can never pick another number.">
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="w-trunk" label="Trunk" hint={props.trunks.length ? "The PBX connection calls use." : "No trunks yet: add one under Trunks."} error={trunkErr}>
          <Select {...describe("w-trunk", trunkErr, true)} {...register("trunkId")}>
            <option value="">No trunk yet</option>
            {props.trunks.map((t) => (
              <option key={t.id} value={t.id}>{t.name}</option>
            ))}
          </Select>
        </Field>
        <Field id="w-ice" label="ICE server set" hint="STUN/TURN servers for the visitor's browser." error={iceErr}>
          <Select {...describe("w-ice", iceErr, true)} {...register("iceServerSetId")}>
            <option value="">Browser default</option>
            {props.iceSets.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="w-destination" label="Extension, queue or SIP user" hint="For example 200, 600 (a ring group) or sales-queue." error={destErr}>
        <Input {...describe("w-destination", destErr, true)} {...register("destination")} className="max-w-xs font-mono" autoComplete="off" />
      </Field>
    </Section>
  );
}
