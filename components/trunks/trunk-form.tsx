"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createTrunkAction, updateTrunkAction } from "@/app/(dashboard)/o/[orgSlug]/trunks/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SecretField } from "@/components/resources/secret-field";
import type { TActionResult } from "@/lib/shared/action-result";
import type { TSecretDescription } from "@/lib/shared/mask";
import { PRESET_INFO, TRUNK_PRESETS, type TTrunkPreset } from "@/lib/shared/trunks/presets";
import { splitHeaderList, TEMPLATE_PLACEHOLDERS, ZTrunkInput, type TTrunkInput } from "@/lib/shared/trunks/trunk-schemas";
import { AuthModePicker } from "./auth-mode-picker";
import { PresetHints, WsUrlWarning } from "./trunk-form-notes";
import { StaticLockdownNote } from "./static-lockdown-note";

export type TTrunkFormProps = {
  orgSlug: string;
  trunkId?: string;
  initial?: TTrunkInput;
  storedSecret?: TSecretDescription | null;
  readOnly?: boolean;
};

const BLANK: TTrunkInput = {
  name: "",
  preset: "RINGLINK_KAMAILIO",
  wsUrl: "",
  sipDomain: "",
  authMode: "EPHEMERAL",
  hmacAlgorithm: "SHA1",
  secret: "",
  staticUsername: "",
  displayNameTemplate: "",
  allowedHeaders: [],
  sendContextHeaders: true,
};

export function TrunkForm(props: TTrunkFormProps) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const form = useForm<TTrunkInput>({ resolver: zodResolver(ZTrunkInput), defaultValues: props.initial ?? BLANK });
  const { register, control, setValue, setError, formState: { errors } } = form;
  const [preset, authMode, wsUrl] = useWatch({ control, name: ["preset", "authMode", "wsUrl"] });
  const info = PRESET_INFO[preset];

  function applyErrors(res: Extract<TActionResult<unknown>, { ok: false }>) {
    const fieldErrors = { ...res.fieldErrors, ...((res.details?.fieldErrors as Record<string, string> | undefined) ?? {}) };
    for (const [path, msg] of Object.entries(fieldErrors)) setError((path.replace(/^values\./, "") as keyof TTrunkInput), { message: msg });
    setMessage(res.message);
  }

  const submit = form.handleSubmit((values) => {
    setMessage(null);
    setSaved(false);
    start(async () => {
      const res = props.trunkId
        ? await updateTrunkAction(props.orgSlug, { trunkId: props.trunkId, values })
        : await createTrunkAction(props.orgSlug, values);
      if (!res.ok) return applyErrors(res);
      form.reset({ ...values, secret: "" });
      setReplacing(false);
      if (!props.trunkId) return router.push(`/o/${props.orgSlug}/trunks/${res.data.id}`);
      setSaved(true);
      router.refresh();
    });
  });

  function pickPreset(next: TTrunkPreset) {
    setValue("preset", next);
    // Defaults only for a new trunk: an existing one keeps what the admin configured.
    if (!props.trunkId) {
      setValue("authMode", PRESET_INFO[next].authMode);
      setValue("hmacAlgorithm", PRESET_INFO[next].hmacAlgorithm);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <fieldset disabled={props.readOnly} className="space-y-6">
        <Card>
          <CardHeader title="Connection" description="Where visitors' browsers send SIP over WebSocket." />
          <div className="grid gap-5 p-5 md:grid-cols-2">
            <Field id="trunk-name" label="Name" error={errors.name?.message}>
              <Input id="trunk-name" {...register("name")} placeholder="Main office PBX" aria-invalid={Boolean(errors.name)} />
            </Field>
            <Field id="trunk-preset" label="Provider">
              <Select id="trunk-preset" value={preset} onChange={(e) => pickPreset(e.target.value as TTrunkPreset)}>
                {TRUNK_PRESETS.map((p) => (
                  <option key={p} value={p}>
                    {PRESET_INFO[p].label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="trunk-ws-url" label="SBC WebSocket URL" hint="wss:// with a certificate browsers trust." error={errors.wsUrl?.message} className="md:col-span-2">
              <Input id="trunk-ws-url" {...register("wsUrl")} placeholder={info.urlExample} spellCheck={false} className="font-mono" aria-invalid={Boolean(errors.wsUrl)} />
            </Field>
            <WsUrlWarning url={wsUrl} />
            <Field id="trunk-sip-domain" label="SIP domain / realm" hint="Goes into the Request-URI and the From header." error={errors.sipDomain?.message}>
              <Input id="trunk-sip-domain" {...register("sipDomain")} placeholder="pbx.example.com" spellCheck={false} aria-invalid={Boolean(errors.sipDomain)} />
            </Field>
            <PresetHints preset={preset} />
          </div>
        </Card>

        <Card>
          <CardHeader title="Visitor authentication" description="How the SBC knows a call comes from your widget." />
          <div className="space-y-5 p-5">
            <Controller control={control} name="authMode" render={({ field }) => <AuthModePicker value={field.value} onChange={field.onChange} />} />
            {authMode === "STATIC" ? <StaticLockdownNote /> : null}
            <div className="grid gap-5 md:grid-cols-2">
              {authMode === "EPHEMERAL" ? (
                <Field id="trunk-hmac" label="HMAC algorithm" hint="Must match auth_ephemeral's sha_algorithm (SHA-1 is its default).">
                  <Select id="trunk-hmac" {...register("hmacAlgorithm")}>
                    <option value="SHA1">HMAC-SHA1</option>
                    <option value="SHA256">HMAC-SHA256</option>
                  </Select>
                </Field>
              ) : null}
              {authMode === "STATIC" ? (
                <Field id="trunk-static-user" label="SIP username" error={errors.staticUsername?.message}>
                  <Input id="trunk-static-user" {...register("staticUsername")} autoComplete="off" aria-invalid={Boolean(errors.staticUsername)} />
                </Field>
              ) : null}
              {authMode !== "NONE" ? (
                <SecretField
                  id="trunk-secret"
                  label={authMode === "STATIC" ? "SIP password" : "Shared secret"}
                  hint={authMode === "STATIC" ? "Stored encrypted. Never shown again." : "At least 16 characters; the SBC holds the same value. Stored encrypted, never shown again."}
                  stored={props.storedSecret ?? null}
                  replacing={replacing}
                  onReplace={(on) => (setReplacing(on), setValue("secret", ""))}
                  error={errors.secret?.message}
                  readOnly={props.readOnly}
                  inputProps={register("secret")}
                />
              ) : null}
            </div>
          </div>
        </Card>

        <Card>
          <CardHeader title="Caller details" description="What the agent's phone shows and which headers may pass to the PBX." />
          <div className="grid gap-5 p-5 md:grid-cols-2">
            <Field id="trunk-display-name" label="Display name template" hint={`Optional. Placeholders: ${TEMPLATE_PLACEHOLDERS.join(" ")}`} error={errors.displayNameTemplate?.message}>
              <Input id="trunk-display-name" {...register("displayNameTemplate")} placeholder="Web: {name}" aria-invalid={Boolean(errors.displayNameTemplate)} />
            </Field>
            <Controller
              control={control}
              name="allowedHeaders"
              render={({ field, fieldState }) => (
                <Field id="trunk-headers" label="Extra SIP headers allowed" hint="X- headers only, comma-separated." error={fieldState.error?.message ?? errorIn(errors.allowedHeaders)}>
                  <Input id="trunk-headers" defaultValue={field.value.join(", ")} onChange={(e) => field.onChange(splitHeaderList(e.target.value))} placeholder="X-Campaign, X-Agent-Group" />
                </Field>
              )}
            />
            <label className="flex items-start gap-3 md:col-span-2">
              <input type="checkbox" {...register("sendContextHeaders")} className="mt-1 size-4 rounded border-slate-300 text-brand-600" />
              <span className="text-sm">
                <span className="font-medium text-slate-800">Send page context as X- headers</span>
                <span className="block text-slate-500">Page URL, referrer and UTM tags reach the agent as X-Ringlink-Page, X-Ringlink-Referrer, X-Ringlink-UTM-*.</span>
              </span>
            </label>
          </div>
        </Card>
      </fieldset>

      {props.readOnly ? null : (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : props.trunkId ? "Save changes" : "Create trunk"}
          </Button>
          {saved && !pending ? (
            <p role="status" className="text-sm text-emerald-700">
              Saved.
            </p>
          ) : null}
        </div>
      )}
      <FormError message={message} />
    </form>
  );
}

// An array field's error sits on one of its items.
function errorIn(errs: unknown): string | undefined {
  if (!Array.isArray(errs)) return undefined;
  return (errs.find((e) => e?.message) as { message?: string } | undefined)?.message;
}
