import { cn } from "./cn";

type TTone = "neutral" | "success" | "warning" | "danger" | "brand";

const TONES: Record<TTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  success: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  warning: "bg-amber-50 text-amber-800 ring-amber-200",
  danger: "bg-red-50 text-red-700 ring-red-200",
  brand: "bg-brand-50 text-brand-700 ring-brand-100",
};

export function Badge(props: { tone?: TTone; children: React.ReactNode }) {
  return (
    <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", TONES[props.tone ?? "neutral"])}>
      {props.children}
    </span>
  );
}
