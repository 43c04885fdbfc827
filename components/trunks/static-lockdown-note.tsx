import { ShieldAlert } from "lucide-react";
import { STATIC_LOCKDOWN } from "@/lib/shared/trunks/presets";

export function StaticLockdownNote() {
  return (
    <div role="note" className="rounded-lg bg-amber-50 p-4 text-sm ring-1 ring-inset ring-amber-200">
      <p className="flex items-center gap-2 font-medium text-amber-900">
        <ShieldAlert className="size-4" aria-hidden />
        Static credentials can be copied by any visitor. Lock the extension down on your PBX:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-amber-900/90">
        {STATIC_LOCKDOWN.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
