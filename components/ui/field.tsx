import { cn } from "./cn";

// Label + control + hint/error, wired for screen readers (aria-describedby, aria-invalid).
export function Field(props: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("space-y-1.5", props.className)} data-described-by={describedBy(props)}>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children}
      <FieldNote id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

// The hint under a control, or the error that replaces it; ids `<id>-hint` / `<id>-error` for aria-describedby.
export function FieldNote(props: { id: string; hint?: string; error?: string; className?: string }) {
  if (props.error) {
    return (
      <p id={`${props.id}-error`} className={cn("text-sm text-red-600", props.className)} role="alert">
        {props.error}
      </p>
    );
  }
  return props.hint ? (
    <p id={`${props.id}-hint`} className={cn("text-sm text-slate-500", props.className)}>
      {props.hint}
    </p>
  ) : null;
}

export const describedBy = (p: { id: string; hint?: string; error?: string }) => (p.error ? `${p.id}-error` : p.hint ? `${p.id}-hint` : undefined);

export const inputClass = cn(
  "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300",
  "placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600",
  "aria-[invalid=true]:ring-red-500 disabled:bg-slate-50 disabled:text-slate-500",
);

export function Input(props: React.InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={cn(inputClass, props.className)} />;
}

export function Select(props: React.SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={cn(inputClass, "pr-8", props.className)} />;
}

export function Textarea(props: React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...props} className={cn(inputClass, props.className)} />;
}
