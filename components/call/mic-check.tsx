"use client";
import { Loader2, Mic, RotateCcw, TriangleAlert } from "lucide-react";
import type { Dialer } from "@/lib/call/dialer";
import type { TDialerState } from "@/lib/call/types";
import type { TCallTexts } from "@/lib/shared/widget/call-i18n/en";
import { MicMeter } from "./mic-meter";

// The preflight: a live level meter while the microphone works, or what is wrong with it and how to fix it.
export function MicCheck({ dialer, state, texts }: { dialer: Dialer | null; state: TDialerState | undefined; texts: TCallTexts }) {
  if (!state || state.name === "idle" || (state.name === "preflight" && state.mic === "pending")) {
    return <p role="status" className="flex items-center gap-2 text-sm text-(--rl-muted,#475569)"><Loader2 className="size-4 animate-spin" aria-hidden /> {texts.checkingMic}</p>;
  }
  if (state.name !== "preflight" || !dialer) return null;
  if (state.mic === "ready") {
    return (
      <div className="flex w-full items-center gap-3 text-sm" data-testid="mic-ready">
        <Mic className="size-4 shrink-0 text-emerald-600" aria-hidden />
        <MicMeter level={dialer.micLevel} label={texts.micLevel} />
      </div>
    );
  }
  const problem = state.mic;
  if (problem === "pending") return null;
  return (
    <div role="alert" data-testid="mic-problem" data-cause={problem.cause} className="w-full rounded-xl border border-amber-200 bg-amber-50 p-4 text-left text-sm text-amber-900">
      <p className="flex items-center gap-2 font-semibold"><TriangleAlert className="size-4" aria-hidden />{problem.title}</p>
      <p className="mt-1">{problem.message}</p>
      <p className="mt-2 text-amber-800">{problem.fix}</p>
      <button type="button" onClick={() => void dialer.open()} className="mt-3 inline-flex items-center gap-1.5 rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-300 hover:bg-amber-100">
        <RotateCcw className="size-4" aria-hidden /> {texts.tryAgain}
      </button>
    </div>
  );
}
