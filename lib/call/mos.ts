// Estimated MOS from the ITU-T G.107 E-model in its common simplified form (Cole & Rosenbluth, 2001):
//   R = 93.2 - Id - Ie,eff ;  MOS = 1 + 0.035 R + 7e-6 R (R - 60) (100 - R)
// It is an estimate for a quality dot in the UI, not a measurement: it knows delay, jitter and loss, not the audio.

export type TMosInput = {
  rttMs: number; // round-trip time
  jitterMs: number;
  lossPct: number; // 0..100, random loss
  codecIe?: number; // equipment impairment of the codec: 0 for G.711 and Opus at voice rates
  bpl?: number; // packet-loss robustness; 25.1 for G.711 with concealment (Opus conceals at least as well)
};

// Delay impairment from the one-way mouth-to-ear delay d (ms).
export function delayImpairment(oneWayMs: number): number {
  const d = Math.max(0, oneWayMs);
  return 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
}

export function rFactor(input: TMosInput): number {
  // One way = half the RTT + a jitter buffer sized at twice the jitter + ~10 ms of packetisation.
  const oneWay = input.rttMs / 2 + 2 * input.jitterMs + 10;
  const ie = input.codecIe ?? 0;
  const bpl = input.bpl ?? 25.1;
  const ppl = Math.min(100, Math.max(0, input.lossPct));
  const ieEff = ie + (95 - ie) * (ppl / (ppl + bpl));
  return 93.2 - delayImpairment(oneWay) - ieEff;
}

export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r);
}

export function estimateMos(input: TMosInput): number {
  return Math.round(mosFromR(rFactor(input)) * 100) / 100;
}

export function mosGrade(mos: number | null): "good" | "fair" | "poor" | "unknown" {
  if (mos === null) return "unknown";
  if (mos >= 4) return "good";
  if (mos >= 3.1) return "fair";
  return "poor";
}
