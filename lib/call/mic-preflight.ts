import type { TCallTexts } from "@/lib/shared/widget/call-i18n/en";
import { micProblem } from "./mic-problems";
import { opened, released } from "./resources";
import type { TMicProblem } from "./types";

export type TMic = {
  stream: MediaStream;
  audioContext: AudioContext;
  // 0..1, the RMS of the last ~20 ms; read it on each animation frame for the level meter.
  level(): number;
  release(): void;
};

export type TMicResult = { ok: true; mic: TMic } | { ok: false; problem: TMicProblem };

// Opens the microphone when the call panel opens, so the click on "Call" does not wait 80-250 ms for getUserMedia
// (and the permission prompt, if any, comes before the call instead of in the middle of it).
export async function openMic(texts: TCallTexts): Promise<TMicResult> {
  const ctx = { secureContext: window.isSecureContext, userAgent: navigator.userAgent, texts };
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) return { ok: false, problem: micProblem(null, { ...ctx, secureContext: false }) };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true }, video: false });
  } catch (err) {
    return { ok: false, problem: micProblem(err, ctx) };
  }
  opened("tracks", stream.getTracks().length);
  const audioContext = new AudioContext();
  opened("audioContexts");
  const source = audioContext.createMediaStreamSource(stream);
  const analyser = audioContext.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const buf = new Float32Array(analyser.fftSize);
  let released_ = false;
  return {
    ok: true,
    mic: {
      stream,
      audioContext,
      level() {
        analyser.getFloatTimeDomainData(buf);
        let sum = 0;
        for (const v of buf) sum += v * v;
        // Speech RMS sits around 0.01-0.1; scale so a normal voice fills most of the meter.
        return Math.min(1, Math.sqrt(sum / buf.length) * 6);
      },
      release() {
        if (released_) return;
        released_ = true;
        source.disconnect();
        for (const t of stream.getTracks()) t.stop();
        released("tracks", stream.getTracks().length);
        void audioContext.close();
        released("audioContexts");
      },
    },
  };
}
