import type { TQuality } from "@/lib/call/types";

const COLOR = { good: "bg-emerald-500", fair: "bg-amber-500", poor: "bg-red-500", unknown: "bg-slate-300" } as const;
const WORD = { good: "Good connection", fair: "Fair connection", poor: "Poor connection", unknown: "Measuring connection" } as const;

export function QualityDot({ quality }: { quality: TQuality | null }) {
  const grade = quality?.grade ?? "unknown";
  const detail = quality
    ? [quality.rttMs !== null && `RTT ${quality.rttMs} ms`, quality.jitterMs !== null && `jitter ${quality.jitterMs} ms`, quality.lossPct !== null && `loss ${quality.lossPct}%`, quality.mos !== null && `MOS ${quality.mos.toFixed(1)}`].filter(Boolean).join(" · ")
    : "";
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-slate-500" title={detail} data-testid="call-quality" data-grade={grade}>
      <span className={`size-2 rounded-full ${COLOR[grade]}`} aria-hidden />
      {WORD[grade]}
      {detail && <span className="sr-only">: {detail}</span>}
    </span>
  );
}
