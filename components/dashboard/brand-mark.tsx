import { AudioLines } from "lucide-react";

export function BrandMark() {
  return (
    <span className="flex items-center gap-2.5">
      <span className="grid size-8 place-items-center rounded-lg bg-gradient-to-br from-brand-500 to-brand-700 shadow-sm ring-1 ring-white/10">
        <AudioLines className="size-4.5 text-white" aria-hidden />
      </span>
      <span className="text-[17px] font-semibold tracking-tight">Ringlink</span>
    </span>
  );
}
