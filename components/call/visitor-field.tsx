// One labelled control of the visitor's form, in the call page's theme tokens, wired for screen readers.
export const visitorInputClass =
  "block w-full rounded-xl border border-(--rl-border) bg-(--rl-input) px-3.5 py-2.5 text-[15px] text-(--rl-fg) placeholder:text-(--rl-muted) focus:border-transparent focus:outline-2 focus:outline-(--rl-primary) aria-[invalid=true]:border-(--rl-danger)";

export function VisitorField(props: { id: string; label: string; required?: boolean; error?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
        {props.required ? <span aria-hidden className="text-(--rl-muted)"> *</span> : null}
      </label>
      {props.children}
      {props.error ? (
        <p id={`${props.id}-error`} className="text-sm text-(--rl-danger)">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function fieldA11y(id: string, error?: string, required?: boolean) {
  return { id, name: id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined, "aria-required": required || undefined };
}
