"use client";
import { Grid3x3, Loader2, Mic, MicOff, Phone, PhoneOff, RotateCcw, TriangleAlert, Volume2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import type { TDialerView } from "@/lib/call/dialer";
import { requestTicket } from "@/lib/call/request-ticket";
import { useDialer } from "@/lib/call/use-dialer";
import type { TStartCall } from "@/lib/shared/call-schemas";
import { CallTimer } from "./call-timer";
import { Keypad } from "./keypad";
import { MicMeter } from "./mic-meter";
import { QualityDot } from "./quality-dot";

export type TDialerPanelProps = {
  publicId: string;
  // Read when "Call" is pressed: the page URL, referrer, embedding origin and the form's answers.
  context: () => TStartCall;
  onStateChange?: (view: TDialerView) => void;
  callLabel?: string;
  disabled?: boolean;
  iceTransportPolicy?: RTCIceTransportPolicy;
};

const round = "inline-flex size-14 items-center justify-center rounded-full shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export function DialerPanel(props: TDialerPanelProps) {
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  // The dialer lives as long as the panel; it must read the form answers as they are when "Call" is pressed.
  const latest = useRef(props);
  useEffect(() => void (latest.current = props));
  const { dialer, view } = useDialer(
    { getTicket: () => requestTicket(latest.current.publicId, latest.current.context()), iceTransportPolicy: props.iceTransportPolicy },
    audio,
  );
  const [keypad, setKeypad] = useState(false);
  const [speakers, setSpeakers] = useState<{ id: string; label: string }[]>([]);
  const state = view?.state;

  useEffect(() => {
    if (dialer) void dialer.open();
  }, [dialer]);
  useEffect(() => {
    if (view) props.onStateChange?.(view);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view?.state]);
  useEffect(() => {
    if (state?.name === "in-call" && dialer?.canChooseSpeaker()) void dialer.speakers().then(setSpeakers);
    if (state?.name !== "in-call") setKeypad(false);
  }, [state?.name, dialer]);

  return (
    <div className="flex w-full flex-col items-center gap-4" data-testid="dialer" data-state={state?.name ?? "idle"} data-reason={state?.name === "ended" ? state.reason : undefined}>
      <audio ref={setAudio} autoPlay className="hidden" data-testid="remote-audio" />
      {(!state || state.name === "idle" || (state.name === "preflight" && state.mic === "pending")) && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600"><Loader2 className="size-4 animate-spin" aria-hidden /> Checking your microphone…</p>
      )}
      {state?.name === "preflight" && typeof state.mic === "object" && (
        <div role="alert" className="w-full rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          <p className="flex items-center gap-2 font-semibold"><TriangleAlert className="size-4" aria-hidden />{state.mic.title}</p>
          <p className="mt-1">{state.mic.message}</p>
          <p className="mt-2 text-amber-800">{state.mic.fix}</p>
          <button type="button" onClick={() => void dialer?.open()} className="mt-3 inline-flex items-center gap-1.5 rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-300 hover:bg-amber-100">
            <RotateCcw className="size-4" aria-hidden /> Try again
          </button>
        </div>
      )}
      {state?.name === "preflight" && state.mic === "ready" && dialer && (
        <>
          <div className="flex w-full items-center gap-3 text-sm text-slate-600">
            <Mic className="size-4 shrink-0 text-emerald-600" aria-hidden />
            <MicMeter level={dialer.micLevel} label="Microphone level" />
          </div>
          <button type="button" disabled={props.disabled} onClick={() => void dialer.call()} className={`${round} w-auto gap-2 bg-emerald-600 px-8 text-base font-semibold text-white hover:bg-emerald-700 disabled:opacity-50`}>
            <Phone className="size-5" aria-hidden /> {props.callLabel ?? "Call"}
          </button>
        </>
      )}
      {(state?.name === "connecting" || state?.name === "ringing") && (
        <>
          <p role="status" className="flex items-center gap-2 text-base font-medium text-slate-700">
            <Loader2 className="size-4 animate-spin" aria-hidden /> {state.name === "connecting" ? "Connecting…" : "Ringing…"}
          </p>
          <button type="button" aria-label="Hang up" onClick={() => void dialer?.hangup()} className={`${round} bg-red-600 text-white hover:bg-red-700`}><PhoneOff className="size-6" aria-hidden /></button>
        </>
      )}
      {state?.name === "in-call" && dialer && (
        <>
          <div role="status" className="flex flex-col items-center gap-1">
            <span className="text-base font-medium text-slate-800">In call · <CallTimer since={state.answeredAt} /></span>
            <QualityDot quality={view?.quality ?? null} />
          </div>
          {keypad && <Keypad onDigit={(d) => dialer.sendDigit(d)} />}
          <div className="flex items-center gap-4">
            <button type="button" aria-pressed={state.muted} aria-label={state.muted ? "Unmute" : "Mute"} onClick={() => dialer.setMuted(!state.muted)} className={`${round} ${state.muted ? "bg-slate-800 text-white" : "bg-slate-100 text-slate-800 hover:bg-slate-200"}`}>
              {state.muted ? <MicOff className="size-6" aria-hidden /> : <Mic className="size-6" aria-hidden />}
            </button>
            <button type="button" aria-pressed={keypad} aria-label="Keypad" onClick={() => setKeypad(!keypad)} className={`${round} bg-slate-100 text-slate-800 hover:bg-slate-200`}><Grid3x3 className="size-6" aria-hidden /></button>
            <button type="button" aria-label="Hang up" onClick={() => void dialer.hangup()} className={`${round} bg-red-600 text-white hover:bg-red-700`}><PhoneOff className="size-6" aria-hidden /></button>
          </div>
          {speakers.length > 1 && (
            <label className="flex items-center gap-2 text-sm text-slate-600">
              <Volume2 className="size-4" aria-hidden /> <span className="sr-only">Speaker</span>
              <select className="rounded-md border border-slate-300 bg-white px-2 py-1" onChange={(e) => void dialer.setSpeaker(e.target.value)}>
                {speakers.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
              </select>
            </label>
          )}
        </>
      )}
      {state?.name === "ended" && (
        <>
          <p role="status" data-testid="end-message" className={`text-center text-base ${state.reason === "hangup-visitor" || state.reason === "hangup-agent" ? "text-slate-700" : "text-red-700"}`}>
            {state.message}
            {state.durationSec !== null && <span className="block text-sm text-slate-500">Duration {Math.floor(state.durationSec / 60)}:{String(state.durationSec % 60).padStart(2, "0")}</span>}
          </p>
          <button type="button" onClick={() => void dialer?.open()} className="inline-flex items-center gap-2 rounded-lg bg-white px-4 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50">
            <RotateCcw className="size-4" aria-hidden /> Call again
          </button>
        </>
      )}
    </div>
  );
}
