import { cn } from "./cn";
import { describedBy, FieldNote } from "./field";

type TSwitchProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
};

// An on/off setting: a native button with role="switch", so Space and Enter toggle it and the <label> both names it
// and toggles it on click. The hint (or the error, which replaces it) is its description for screen readers.
export function Switch(props: TSwitchProps) {
  return (
    <div className="flex items-start justify-between gap-6">
      <div className="min-w-0">
        <label htmlFor={props.id} className="text-sm font-medium text-slate-800">
          {props.label}
        </label>
        <FieldNote id={props.id} hint={props.hint} error={props.error} className="mt-0.5" />
      </div>
      <button
        id={props.id}
        type="button"
        role="switch"
        aria-checked={props.checked}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? true : undefined}
        disabled={props.disabled}
        onClick={() => props.onChange(!props.checked)}
        className={cn(
          "relative mt-0.5 inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60",
          props.checked ? "bg-brand-600" : "bg-slate-300",
          props.error && "ring-2 ring-red-500 ring-offset-2",
        )}
      >
        <span className={cn("inline-block size-5 rounded-full bg-white shadow transition-transform", props.checked ? "translate-x-5" : "translate-x-0.5")} />
      </button>
    </div>
  );
}
