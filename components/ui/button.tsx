import { cn } from "./cn";

type TVariant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<TVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 shadow-sm",
  secondary: "bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 shadow-sm",
  danger: "bg-red-600 text-white hover:bg-red-700 shadow-sm",
  ghost: "text-slate-700 hover:bg-slate-100",
};

export type TButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: TVariant; size?: "sm" | "md" };

export function buttonClass(variant: TVariant = "primary", size: "sm" | "md" = "md") {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
    "disabled:cursor-not-allowed disabled:opacity-50",
    size === "sm" ? "px-2.5 py-1.5 text-sm" : "px-3.5 py-2 text-sm",
    VARIANTS[variant],
  );
}

export function Button({ variant, size, className, type = "button", ...props }: TButtonProps) {
  return <button type={type} className={cn(buttonClass(variant, size), className)} {...props} />;
}
