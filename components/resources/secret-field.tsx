"use client";
import { KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { TSecretDescription } from "@/lib/shared/mask";

// A write-only secret: once stored it is described ("Set, ends in …, changed on …"), never shown. "Replace secret"
// reveals an empty input; leaving it empty (or cancelling) keeps the stored one.
export function SecretField(props: {
  id: string;
  label: string;
  hint: string;
  stored: TSecretDescription | null;
  replacing: boolean;
  onReplace: (on: boolean) => void;
  error?: string;
  readOnly?: boolean;
  inputProps: React.InputHTMLAttributes<HTMLInputElement>;
}) {
  const showInput = !props.stored?.isSet || props.replacing;
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {props.stored?.isSet ? (
        <div className="flex items-center gap-2">
          <div className="flex min-w-0 flex-1 items-center gap-2 rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-inset ring-slate-200">
            <KeyRound className="size-4 shrink-0 text-slate-500" aria-hidden />
            <span className="truncate text-sm text-slate-700" data-testid={`${props.id}-summary`}>
              {props.stored.summary}
            </span>
          </div>
          {props.readOnly ? null : (
            <Button size="sm" variant="secondary" className="shrink-0" onClick={() => props.onReplace(!props.replacing)}>
              {props.replacing ? "Keep current" : "Replace secret"}
            </Button>
          )}
        </div>
      ) : null}
      {showInput && !props.readOnly ? (
        <Input
          id={props.id}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          placeholder={props.stored?.isSet ? "New secret" : ""}
          aria-invalid={Boolean(props.error)}
          className={props.stored?.isSet ? "mt-2" : undefined}
          {...props.inputProps}
        />
      ) : null}
    </Field>
  );
}
