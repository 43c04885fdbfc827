"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { createIceSetAction, updateIceSetAction } from "@/app/(dashboard)/o/[orgSlug]/ice-servers/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Switch } from "@/components/ui/switch";
import type { TActionResult } from "@/lib/shared/action-result";
import type { TSecretDescription } from "@/lib/shared/mask";
import { MAX_SERVERS_PER_SET, ZIceSetInput, type TIceServerInput, type TIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";
import { IceServerFields } from "./ice-server-fields";

export type TIceSetFormProps = {
  orgSlug: string;
  setId?: string;
  initial?: TIceSetInput;
  storedSecrets?: Record<string, TSecretDescription>; // by server id
  readOnly?: boolean;
};

export const NEW_STUN: TIceServerInput = { kind: "STUN", urls: [""], authMode: "NONE", ttlSeconds: 3600, secret: "", username: "" };
export const NEW_TURN: TIceServerInput = { kind: "TURN", urls: [""], authMode: "REST", ttlSeconds: 3600, secret: "", username: "" };

export function IceSetForm(props: TIceSetFormProps) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<TIceSetInput>({
    resolver: zodResolver(ZIceSetInput),
    defaultValues: props.initial ?? { name: "", relayOnly: false, servers: [NEW_STUN, NEW_TURN] },
  });
  const { register, control, setError, formState: { errors } } = form;
  const servers = useFieldArray({ control, name: "servers" });

  function applyErrors(res: Extract<TActionResult<unknown>, { ok: false }>) {
    const fieldErrors = { ...res.fieldErrors, ...((res.details?.fieldErrors as Record<string, string> | undefined) ?? {}) };
    for (const [path, msg] of Object.entries(fieldErrors)) setError(path.replace(/^values\./, "") as "name", { message: msg });
    setMessage(res.message);
  }

  const submit = form.handleSubmit((values) => {
    setMessage(null);
    setSaved(false);
    start(async () => {
      const res = props.setId ? await updateIceSetAction(props.orgSlug, { setId: props.setId, values }) : await createIceSetAction(props.orgSlug, values);
      if (!res.ok) return applyErrors(res);
      if (!props.setId) return router.push(`/o/${props.orgSlug}/ice-servers/${res.data.id}`);
      // Server ids and secret summaries come from the saved set: new servers now have ids, typed secrets are gone.
      form.reset({ name: res.data.name, relayOnly: res.data.relayOnly, servers: res.data.servers.map((s) => ({ id: s.id, kind: s.kind, urls: s.urls, authMode: s.authMode, username: s.username ?? "", secret: "", ttlSeconds: s.ttlSeconds })) });
      setSaved(true);
      router.refresh();
    });
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <fieldset disabled={props.readOnly} className="space-y-6">
        <Card>
          <CardHeader title="Set" description="Widgets use one set; every server in it is offered to the visitor's browser." />
          <div className="divide-y divide-slate-100">
            <div className="p-5">
              <Field id="ice-set-name" label="Set name" error={errors.name?.message} className="max-w-md">
                <Input id="ice-set-name" {...register("name")} placeholder="Production" aria-invalid={Boolean(errors.name)} />
              </Field>
            </div>
            <div className="p-5">
              <Controller
                control={control}
                name="relayOnly"
                render={({ field }) => (
                  <Switch
                    id="ice-set-relay-only"
                    label="Relay only (TURN)"
                    hint="Visitors' audio always goes through your TURN server: their IP address stays hidden from the PBX side and calls work through strict firewalls, at the cost of relay bandwidth."
                    error={errors.relayOnly?.message}
                    checked={field.value}
                    // Checked at once, so turning it on in a set without TURN explains itself before Save.
                    onChange={(on) => (field.onChange(on), void form.trigger("relayOnly"))}
                  />
                )}
              />
            </div>
          </div>
        </Card>
        {servers.fields.map((f, index) => (
          <IceServerFields
            key={f.id}
            index={index}
            form={form}
            stored={f.id && form.getValues(`servers.${index}.id`) ? (props.storedSecrets?.[form.getValues(`servers.${index}.id`)!] ?? null) : null}
            readOnly={props.readOnly}
            onRemove={servers.fields.length > 1 ? () => servers.remove(index) : undefined}
          />
        ))}
        {errors.servers?.message ? <FormError message={errors.servers.message} /> : null}
      </fieldset>
      {props.readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" disabled={servers.fields.length >= MAX_SERVERS_PER_SET} onClick={() => servers.append(NEW_STUN)}>
            <Plus className="size-4" aria-hidden />
            Add STUN server
          </Button>
          <Button variant="secondary" disabled={servers.fields.length >= MAX_SERVERS_PER_SET} onClick={() => servers.append(NEW_TURN)}>
            <Plus className="size-4" aria-hidden />
            Add TURN server
          </Button>
          <Button type="submit" disabled={pending} className="ml-auto">
            {pending ? "Saving…" : props.setId ? "Save changes" : "Create set"}
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
