"use client";
import { Phone } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import type { TDialerView } from "@/lib/call/dialer";
import { requestTicket } from "@/lib/call/request-ticket";
import { useDialer } from "@/lib/call/use-dialer";
import type { TStartCall } from "@/lib/shared/call-schemas";
import { CallControls, type TCallTexts } from "./call-controls";
import { MicCheck } from "./mic-check";

export type TDialerPanelProps = {
  publicId: string;
  // Read when "Call" is pressed: the page URL, referrer, embedding origin and the form's answers.
  context: () => TStartCall;
  // The host's pre-call form; "Call" dials only when this returns true.
  validate?: () => boolean;
  children?: React.ReactNode;
  callButton?: React.ReactNode;
  texts?: TCallTexts;
  onStateChange?: (view: TDialerView) => void;
};

// A call panel: opens the microphone as soon as it is shown (preflight), then Call → ticket → dial, and the call's
// controls. The <audio> element plays the far end (sip.js does not).
export function DialerPanel(props: TDialerPanelProps) {
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  const latest = useRef(props);
  useEffect(() => void (latest.current = props));
  const { dialer, view } = useDialer({ getTicket: () => requestTicket(latest.current.publicId, latest.current.context()) }, audio);
  const state = view?.state;

  useEffect(() => {
    if (dialer) void dialer.open();
  }, [dialer]);
  useEffect(() => {
    if (view) latest.current.onStateChange?.(view);
  }, [view]);

  const preflight = !state || state.name === "idle" || state.name === "preflight";
  return (
    <div className="flex w-full flex-col items-center gap-4" data-testid="dialer" data-state={state?.name ?? "idle"} data-reason={state?.name === "ended" ? state.reason : undefined}>
      <audio ref={setAudio} autoPlay className="hidden" data-testid="remote-audio" />
      {preflight && (
        <form
          className="flex w-full flex-col gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (props.validate && !props.validate()) return;
            void dialer?.call();
          }}
        >
          {props.children}
          <MicCheck dialer={dialer} state={state} />
          <button
            type="submit"
            disabled={!(state?.name === "preflight" && state.mic === "ready")}
            className="flex w-full items-center justify-center gap-2.5 rounded-2xl bg-(--rl-primary,#059669) px-5 py-3.5 text-base font-semibold text-(--rl-on-primary,#fff) shadow-md transition hover:brightness-110 disabled:opacity-50"
          >
            {props.callButton ?? (<><Phone className="size-5" aria-hidden /> Call</>)}
          </button>
        </form>
      )}
      {dialer && view && !preflight && <CallControls dialer={dialer} view={view} texts={props.texts} />}
    </div>
  );
}
