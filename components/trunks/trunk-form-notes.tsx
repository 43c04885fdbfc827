import { Info, TriangleAlert } from "lucide-react";
import { PRESET_INFO, type TTrunkPreset } from "@/lib/shared/trunks/presets";
import { parseSbcUrl } from "@/lib/shared/trunks/sbc-url";

export function PresetHints(props: { preset: TTrunkPreset }) {
  const info = PRESET_INFO[props.preset];
  return (
    <div className="rounded-lg bg-brand-50/60 p-4 text-sm ring-1 ring-inset ring-brand-100 md:col-span-2">
      <p className="mb-2 flex items-center gap-2 font-medium text-brand-900">
        <Info className="size-4" aria-hidden />
        Setting up {info.label}
      </p>
      <ul className="list-disc space-y-1 pl-5 text-slate-700">
        {info.hints.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
    </div>
  );
}

// ws:// is legal only for local testing; say so where the admin types it.
export function WsUrlWarning(props: { url: string }) {
  const r = parseSbcUrl(props.url ?? "");
  if (!r.ok || !r.insecure) return null;
  return (
    <p role="note" className="flex items-start gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200 md:col-span-2">
      <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      Unencrypted ws:// is for local testing only: signalling travels in clear and browsers refuse it on https:// pages. Use wss:// in production.
    </p>
  );
}
