import type { TQuality } from "@/lib/call/types";
import type { TCallTexts } from "@/lib/shared/widget/call-i18n/en";

const COLOR = { good: "bg-emerald-500", fair: "bg-amber-500", poor: "bg-red-500", unknown: "bg-slate-300" } as const;
const WORD = { good: "qualityGood", fair: "qualityFair", poor: "qualityPoor", unknown: "qualityMeasuring" } as const;

// RTT and MOS stay as the abbreviations every language's call tools use; jitter and loss are words.
export function QualityDot({ quality, texts }: { quality: TQuality | null; texts: TCallTexts }) {
  const grade = quality?.grade ?? "unknown";
  const detail = quality
    ? [quality.rttMs !== null && `RTT ${quality.rttMs} ms`, quality.jitterMs !== null && `${texts.jitter} ${quality.jitterMs} ms`, quality.lossPct !== null && `${texts.loss} ${quality.lossPct}%`, quality.mos !== null && `MOS ${quality.mos.toFixed(1)}`].filter(Boolean).join(" · ")
    : "";
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-slate-500" title={detail} data-testid="call-quality" data-grade={grade}>
      <span className={`size-2 rounded-full ${COLOR[grade]}`} aria-hidden />
      {texts[WORD[grade]]}
      {detail && <span className="sr-only">: {detail}</span>}
    </span>
  );
}
