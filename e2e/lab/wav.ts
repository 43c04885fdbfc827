// Reads the agent's recordings (16-bit PCM WAV from baresip's sndfile) and says whether they hold sound.
import { readFileSync } from "node:fs";

export type TWavSummary = { sampleRate: number; seconds: number; rms: number; peakWindowRms: number };

export function analyzeWav(file: string): TWavSummary {
  const buf = readFileSync(file);
  if (buf.toString("ascii", 0, 4) !== "RIFF" || buf.toString("ascii", 8, 12) !== "WAVE") throw new Error(`${file}: not a WAV`);
  let offset = 12;
  let sampleRate = 0;
  let channels = 1;
  while (offset + 8 <= buf.length) {
    const id = buf.toString("ascii", offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt ") {
      if (buf.readUInt16LE(body + 14) !== 16) throw new Error(`${file}: expected 16-bit PCM`);
      channels = buf.readUInt16LE(body + 2);
      sampleRate = buf.readUInt32LE(body + 4);
    } else if (id === "data") {
      // A recording still being written has a zero or stale size in its header: read to the end of the file.
      const end = size > 0 && body + size <= buf.length ? body + size : buf.length;
      return summarize(buf.subarray(body, end - ((end - body) % 2)), sampleRate, channels);
    }
    offset = body + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}

function summarize(data: Buffer, sampleRate: number, channels: number): TWavSummary {
  const n = data.length / 2;
  const window = Math.max(1, Math.round((sampleRate * channels) / 10));
  let total = 0;
  let win = 0;
  let peakWindowRms = 0;
  for (let i = 0; i < n; i++) {
    const s = data.readInt16LE(i * 2);
    total += s * s;
    win += s * s;
    if ((i + 1) % window === 0) {
      peakWindowRms = Math.max(peakWindowRms, Math.sqrt(win / window));
      win = 0;
    }
  }
  return { sampleRate, seconds: n / channels / (sampleRate || 1), rms: n ? Math.sqrt(total / n) : 0, peakWindowRms };
}

// A sine tone as 16-bit mono PCM WAV: what the agent plays into every call.
export function sineWav(o: { sampleRate: number; seconds: number; hz: number; amplitude?: number }): Buffer {
  const n = Math.round(o.sampleRate * o.seconds);
  const out = Buffer.alloc(44 + n * 2);
  out.write("RIFF", 0, "ascii");
  out.writeUInt32LE(36 + n * 2, 4);
  out.write("WAVEfmt ", 8, "ascii");
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(o.sampleRate, 24);
  out.writeUInt32LE(o.sampleRate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36, "ascii");
  out.writeUInt32LE(n * 2, 40);
  const amp = o.amplitude ?? 12_000;
  for (let i = 0; i < n; i++) out.writeInt16LE(Math.round(amp * Math.sin((2 * Math.PI * o.hz * i) / o.sampleRate)), 44 + i * 2);
  return out;
}
