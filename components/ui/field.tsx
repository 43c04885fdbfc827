import { cn } from "./cn";

// Label + control + hint/error, wired for screen readers (aria-describedby, aria-invalid).
export function Field(props: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode; className?: string }) {
  const describedBy = props.error ? `${props.id}-error` : props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className={cn("space-y-1.5", props.className)} data-described-by={describedBy}>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children}
      {props.error ? (
        <p id={`${props.id}-error`} className="text-sm text-red-600" role="alert">
          {props.error}
        </p>
      ) : props.hint ? (
        <p id={`${props.id}-hint`} className="text-sm text-slate-500">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

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
