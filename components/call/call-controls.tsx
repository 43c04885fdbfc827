"use client";
import { Grid3x3, Loader2, Mic, MicOff, PhoneOff, RotateCcw, Volume2 } from "lucide-react";
import { useEffect, useState } from "react";
import type { Dialer } from "@/lib/call/dialer";
import type { TDialerView } from "@/lib/call/dialer-view";
import type { TCallTexts } from "@/lib/shared/widget/call-i18n/en";
import type { TTexts } from "@/lib/shared/widget/i18n/en";
import { CallTimer, formatDuration } from "./call-timer";
import { Keypad } from "./keypad";
import { QualityDot } from "./quality-dot";

const round = "inline-flex size-14 items-center justify-center rounded-full shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

// Everything after "Call" is pressed: connecting/ringing with hang-up, the in-call controls, and the end reason.
// `texts` are the widget's own (admin-editable) words, `callTexts` the dialer's; both in the widget's language.
export function CallControls({ dialer, view, texts: t, callTexts: ct }: { dialer: Dialer; view: TDialerView; texts: TTexts; callTexts: TCallTexts }) {
  const state = view.state;
  const [keypad, setKeypad] = useState(false);
  const [speakers, setSpeakers] = useState<{ id: string; label: string }[]>([]);
  useEffect(() => {
    if (state.name === "in-call" && dialer.canChooseSpeaker()) void dialer.speakers().then(setSpeakers);
    if (state.name !== "in-call") setKeypad(false);
  }, [state.name, dialer]);

  if (state.name === "connecting" || state.name === "ringing") {
    return (
      <div className="flex flex-col items-center gap-4">
        <p role="status" className="flex items-center gap-2 text-base font-medium"><Loader2 className="size-4 animate-spin" aria-hidden /> {state.name === "connecting" ? t.connecting : t.ringing}</p>
        <button type="button" aria-label={t.hangUp} onClick={() => void dialer.hangup()} className={`${round} bg-red-600 text-white hover:bg-red-700`}><PhoneOff className="size-6" aria-hidden /></button>
      </div>
    );
  }
  if (state.name === "in-call") {
    return (
      <div className="flex flex-col items-center gap-4">
        <div role="status" className="flex flex-col items-center gap-1">
          <span className="text-base font-medium">
            {view.reconnecting ? <><Loader2 className="mr-1.5 inline size-4 animate-spin align-[-2px]" aria-hidden />{t.reconnecting}</> : t.inCall} · <CallTimer since={state.answeredAt} />
          </span>
          <QualityDot quality={view.quality} texts={ct} />
        </div>
        {keypad && <Keypad onDigit={(d) => dialer.sendDigit(d)} label={t.keypad} keyLabel={ct.keypadKey} />}
        <div className="flex items-center gap-4">
          <button type="button" aria-pressed={state.muted} aria-label={state.muted ? t.unmute : t.mute} onClick={() => dialer.setMuted(!state.muted)} className={`${round} ${state.muted ? "bg-slate-800 text-white" : "bg-slate-100 text-slate-800 hover:bg-slate-200"}`}>
            {state.muted ? <MicOff className="size-6" aria-hidden /> : <Mic className="size-6" aria-hidden />}
          </button>
          <button type="button" aria-pressed={keypad} aria-label={t.keypad} onClick={() => setKeypad(!keypad)} className={`${round} bg-slate-100 text-slate-800 hover:bg-slate-200`}><Grid3x3 className="size-6" aria-hidden /></button>
          <button type="button" aria-label={t.hangUp} onClick={() => void dialer.hangup()} className={`${round} bg-red-600 text-white hover:bg-red-700`}><PhoneOff className="size-6" aria-hidden /></button>
        </div>
        {speakers.length > 1 && (
          <label className="flex items-center gap-2 text-sm">
            <Volume2 className="size-4" aria-hidden /> <span className="sr-only">{ct.speaker}</span>
            <select className="rounded-md border border-slate-300 bg-white px-2 py-1 text-slate-800" onChange={(e) => void dialer.setSpeaker(e.target.value)}>
              {speakers.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
            </select>
          </label>
        )}
      </div>
    );
  }
  if (state.name === "ended") {
    const normal = state.reason === "hangup-visitor" || state.reason === "hangup-agent" || state.reason === "cancelled";
    return (
      <div className="flex flex-col items-center gap-4">
        <p role="status" data-testid="end-message" className={`text-center text-base ${normal ? "" : "text-red-700"}`}>
          {state.message}
          {state.durationSec !== null && <span className="block text-sm opacity-70">{formatDuration(state.durationSec)}</span>}
        </p>
        <button type="button" onClick={() => void dialer.open()} className="inline-flex items-center gap-2 rounded-lg bg-white px-4 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50">
          <RotateCcw className="size-4" aria-hidden /> {t.callButton}
        </button>
      </div>
    );
  }
  return null;
}
