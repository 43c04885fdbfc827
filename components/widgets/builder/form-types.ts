import type { Control, FieldErrors, UseFormRegister, UseFormSetValue } from "react-hook-form";
import type { TWidgetFormValues, TWidgetInput } from "@/lib/shared/widget/widget-schema";

// What every builder section receives from the one react-hook-form instance.
export type TSectionProps = {
  control: Control<TWidgetFormValues, unknown, TWidgetInput>;
  register: UseFormRegister<TWidgetFormValues>;
  setValue: UseFormSetValue<TWidgetFormValues>;
  errors: FieldErrors<TWidgetFormValues>;
};

// Deep error lookup by dotted path ("appearance.textColor", "hours.weekly.2.to").
export function errorAt(errors: FieldErrors<TWidgetFormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const msg = (node as { message?: unknown } | undefined)?.message;
  return typeof msg === "string" ? msg : undefined;
}
