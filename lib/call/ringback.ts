// A locally generated ringback tone for a 180 Ringing without early media: the PBX sends no audio then, and
// silence makes visitors hang up thinking nothing happens. Stopped on 183-with-SDP (the PBX plays its own) or answer.

export type TRingbackStyle = "eu" | "us";

const CADENCE: Record<TRingbackStyle, { freqs: number[]; onSec: number; offSec: number }> = {
  eu: { freqs: [425], onSec: 1, offSec: 4 }, // ETSI / most of Europe
  us: { freqs: [440, 480], onSec: 2, offSec: 4 }, // North American precise tone plan
};

export function ringbackStyleFor(language: string): TRingbackStyle {
  return /-(US|CA)$/i.test(language) ? "us" : "eu";
}

// Schedules ten minutes of cadence up front on the audio clock: no timers to leak, one stop() ends it.
export function startRingback(ctx: AudioContext, style: TRingbackStyle): () => void {
  const { freqs, onSec, offSec } = CADENCE[style];
  const gain = ctx.createGain();
  gain.gain.value = 0;
  gain.connect(ctx.destination);
  const oscillators = freqs.map((f) => {
    const o = ctx.createOscillator();
    o.frequency.value = f;
    o.connect(gain);
    o.start();
    return o;
  });
  const t0 = ctx.currentTime + 0.05;
  for (let t = t0; t < t0 + 600; t += onSec + offSec) {
    gain.gain.setValueAtTime(0.12, t);
    gain.gain.setValueAtTime(0, t + onSec);
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    for (const o of oscillators) {
      o.stop();
      o.disconnect();
    }
    gain.disconnect();
  };
}

// One call's ringback: the tone starts on the first 180 without SDP and stops on the answer. Once the PBX sent
// early media (its own ringback or an announcement), a later 180 does not bring ours back over it.
export function createRingbackControl(ctx: () => AudioContext | null, style: TRingbackStyle) {
  let hadEarlyMedia = false;
  let stop: (() => void) | null = null;
  const control = {
    hadEarlyMedia: () => hadEarlyMedia,
    progress(hasSdp: boolean) {
      if (hasSdp) {
        hadEarlyMedia = true;
        return control.stop();
      }
      const c = ctx();
      if (!hadEarlyMedia && !stop && c) stop = startRingback(c, style);
    },
    stop() {
      stop?.();
      stop = null;
    },
  };
  return control;
}
