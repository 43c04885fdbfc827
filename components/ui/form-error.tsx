import { CircleAlert } from "lucide-react";

// A form-level message (the action's `message`), announced to screen readers.
export function FormError(props: { message?: string | null }) {
  if (!props.message) return null;
  return (
    <p role="alert" className="flex items-start gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-inset ring-red-200">
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      {props.message}
    </p>
  );
}
