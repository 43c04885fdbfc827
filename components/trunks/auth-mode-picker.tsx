import { ShieldAlert, ShieldCheck, ShieldOff } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { AUTH_MODE_INFO, type TTrunkAuthMode } from "@/lib/shared/trunks/presets";

const ICONS = { EPHEMERAL: ShieldCheck, STATIC: ShieldAlert, NONE: ShieldOff } as const;
const MODES: TTrunkAuthMode[] = ["EPHEMERAL", "STATIC", "NONE"];

export function AuthModePicker(props: { value: TTrunkAuthMode; onChange: (v: TTrunkAuthMode) => void }) {
  return (
    <div role="radiogroup" aria-label="Visitor authentication" className="grid gap-3 lg:grid-cols-3">
      {MODES.map((mode) => {
        const Icon = ICONS[mode];
        const checked = props.value === mode;
        return (
          <label
            key={mode}
            className={cn(
              "flex cursor-pointer gap-3 rounded-xl p-4 ring-1 ring-inset transition-colors",
              checked ? "bg-brand-50/60 ring-2 ring-brand-600" : "bg-white ring-slate-200 hover:bg-slate-50",
            )}
          >
            <input type="radio" name="authMode" value={mode} checked={checked} onChange={() => props.onChange(mode)} className="sr-only" />
            <Icon className={cn("mt-0.5 size-5 shrink-0", mode === "EPHEMERAL" ? "text-emerald-600" : mode === "STATIC" ? "text-amber-600" : "text-slate-500")} aria-hidden />
            <span>
              <span className="block text-sm font-medium text-slate-900">{AUTH_MODE_INFO[mode].label}</span>
              <span className="mt-1 block text-xs leading-5 text-slate-600">{AUTH_MODE_INFO[mode].summary}</span>
            </span>
          </label>
        );
      })}
    </div>
  );
}
