import { cn } from "./cn";

// The Ringlink mark: a handset inside a ring, on the brand colour. Decorative next to the wordmark.
export function BrandMark(props: { className?: string; withName?: boolean; tone?: "dark" | "light" }) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", props.className)}>
      <svg viewBox="0 0 32 32" className="size-8 shrink-0" aria-hidden="true">
        {/* No gradient ids: two marks on one page (one hidden) would share the id and the hidden one's def wins. */}
        <rect width="32" height="32" rx="9" className="fill-brand-600" />
        <path d="M0 9a9 9 0 0 1 9-9h14a9 9 0 0 1 9 9v3C22 6 10 6 0 16Z" fill="white" fillOpacity="0.12" />
        <circle cx="16" cy="16" r="9.5" fill="none" stroke="white" strokeOpacity="0.35" strokeWidth="1.5" />
        <path
          fill="white"
          d="M12.6 10.2c.4-.1.8.1 1 .5l1 2.3c.2.4.1.8-.2 1.1l-1 .9a8.6 8.6 0 0 0 3.9 3.9l.9-1c.3-.3.7-.4 1.1-.2l2.3 1c.4.2.6.6.5 1l-.3 1.6c-.1.5-.5.8-1 .8A10.4 10.4 0 0 1 10.2 11.6c0-.5.3-.9.8-1l1.6-.4Z"
        />
      </svg>
      {props.withName === false ? null : (
        <span className={cn("text-lg font-semibold tracking-tight", props.tone === "light" ? "text-white" : "text-slate-900")}>Ringlink</span>
      )}
    </span>
  );
}
