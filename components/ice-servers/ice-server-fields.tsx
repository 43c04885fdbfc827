"use client";
import { useState } from "react";
import { Controller, useWatch, type UseFormReturn } from "react-hook-form";
import { Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { SecretField } from "@/components/resources/secret-field";
import type { TSecretDescription } from "@/lib/shared/mask";
import type { TIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";

type TProps = { index: number; form: UseFormReturn<TIceSetInput>; stored: TSecretDescription | null; readOnly?: boolean; onRemove?: () => void };

// One STUN or TURN server of a set. URLs are typed one per line and validated per RFC 7064/7065 by the shared schema.
export function IceServerFields({ index, form, stored, readOnly, onRemove }: TProps) {
  const [replacing, setReplacing] = useState(false);
  const { register, control, setValue, formState: { errors } } = form;
  const [kind, authMode] = useWatch({ control, name: [`servers.${index}.kind`, `servers.${index}.authMode`] });
  const err = errors.servers?.[index];
  const urlError = err?.urls?.message ?? (Array.isArray(err?.urls) ? err.urls.find((e) => e?.message)?.message : undefined);
  const id = (f: string) => `ice-${index}-${f}`;

  function setKind(next: "STUN" | "TURN") {
    setValue(`servers.${index}.kind`, next);
    setValue(`servers.${index}.authMode`, next === "STUN" ? "NONE" : "REST");
  }

  return (
    <Card>
      <div className="flex items-center justify-between gap-4 border-b border-slate-100 px-5 py-3">
        <div className="flex items-center gap-2">
          <h2 className="text-sm font-semibold text-slate-900">Server {index + 1}</h2>
          <Badge tone={kind === "TURN" ? "brand" : "neutral"}>{kind}</Badge>
        </div>
        {onRemove && !readOnly ? (
          <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove server ${index + 1}`}>
            <Trash2 className="size-4" aria-hidden />
            Remove
          </Button>
        ) : null}
      </div>
      <div className="grid gap-5 p-5 md:grid-cols-2">
        <Field id={id("kind")} label="Type">
          <Select id={id("kind")} value={kind} onChange={(e) => setKind(e.target.value as "STUN" | "TURN")}>
            <option value="STUN">STUN (finds the public address)</option>
            <option value="TURN">TURN (relays media when nothing else works)</option>
          </Select>
        </Field>
        {kind === "TURN" ? (
          <Field id={id("auth")} label="Credentials" hint={authMode === "REST" ? "coturn use-auth-secret: per-call username and HMAC password." : "Long-term credentials, the same for every call."}>
            <Select id={id("auth")} {...register(`servers.${index}.authMode`)}>
              <option value="REST">REST shared secret (recommended)</option>
              <option value="STATIC">Static username and password</option>
            </Select>
          </Field>
        ) : (
          <div />
        )}
        <Controller
          control={control}
          name={`servers.${index}.urls`}
          render={({ field }) => (
            <Field
              id={id("urls")}
              label="URLs, one per line"
              hint={kind === "TURN" ? "turn:host:3478?transport=udp · turn:host:3478?transport=tcp · turns:host:443" : "stun:host:3478 or stuns:host:5349"}
              error={urlError}
              className="md:col-span-2"
            >
              <Textarea
                id={id("urls")}
                rows={Math.max(2, field.value.length)}
                defaultValue={field.value.join("\n")}
                onChange={(e) => field.onChange(e.target.value.split("\n").map((l) => l.trim()).filter((l, i, all) => l || all.length === 1))}
                placeholder={kind === "TURN" ? "turn:turn.example.com:3478?transport=udp\nturns:turn.example.com:443" : "stun:stun.example.com:3478"}
                spellCheck={false}
                className="font-mono"
                aria-invalid={Boolean(urlError)}
              />
            </Field>
          )}
        />
        {kind === "TURN" && authMode === "STATIC" ? (
          <Field id={id("username")} label="TURN username" error={err?.username?.message}>
            <Input id={id("username")} {...register(`servers.${index}.username`)} autoComplete="off" aria-invalid={Boolean(err?.username)} />
          </Field>
        ) : null}
        {kind === "TURN" ? (
          <SecretField
            id={id("secret")}
            label={authMode === "REST" ? "Shared secret" : "TURN password"}
            hint={authMode === "REST" ? "coturn's static-auth-secret. Stored encrypted, never shown again." : "Stored encrypted, never shown again."}
            stored={stored}
            replacing={replacing}
            onReplace={(on) => (setReplacing(on), setValue(`servers.${index}.secret`, ""))}
            error={err?.secret?.message}
            readOnly={readOnly}
            inputProps={register(`servers.${index}.secret`)}
          />
        ) : null}
        {kind === "TURN" && authMode === "REST" ? (
          <Field id={id("ttl")} label="Credential lifetime (seconds)" hint="How long a minted TURN credential stays valid. Calls longer than this keep their relay." error={err?.ttlSeconds?.message}>
            <Input id={id("ttl")} type="number" min={60} max={86400} {...register(`servers.${index}.ttlSeconds`, { valueAsNumber: true })} aria-invalid={Boolean(err?.ttlSeconds)} />
          </Field>
        ) : null}
      </div>
    </Card>
  );
}
