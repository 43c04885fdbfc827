import { expect, test } from "vitest";
import { createRingbackControl, ringbackStyleFor } from "./ringback";

// Just enough of the Web Audio API to count the tones that play: each started oscillator until it is stopped.
function fakeAudioContext() {
  const playing = new Set<object>();
  const node = () => ({ connect() {}, disconnect() {} });
  const ctx = {
    currentTime: 0,
    destination: {},
    createGain: () => ({ ...node(), gain: { value: 0, setValueAtTime() {} } }),
    createOscillator: () => {
      const o = { ...node(), frequency: { value: 0 }, start: () => playing.add(o), stop: () => playing.delete(o) };
      return o;
    },
  };
  return { ctx: ctx as unknown as AudioContext, playing };
}

test("a 180 without SDP plays our ringback once; the answer stops it", () => {
  const { ctx, playing } = fakeAudioContext();
  const rb = createRingbackControl(() => ctx, "eu");
  rb.progress(false);
  rb.progress(false); // a second 180 (forked, or retransmitted) does not stack a second tone
  expect(playing.size).toBe(1);
  rb.stop();
  rb.stop();
  expect(playing.size).toBe(0);
  expect(rb.hadEarlyMedia()).toBe(false);
});

test("early media from the PBX replaces our tone, and a later 180 does not bring it back", () => {
  const { ctx, playing } = fakeAudioContext();
  const rb = createRingbackControl(() => ctx, "us");
  rb.progress(false);
  expect(playing.size).toBe(2); // 440 + 480 Hz
  rb.progress(true);
  expect(playing.size).toBe(0);
  rb.progress(false);
  expect(playing.size).toBe(0);
  expect(rb.hadEarlyMedia()).toBe(true);
});

test("without an audio context (microphone released) nothing plays and nothing throws", () => {
  const rb = createRingbackControl(() => null, "eu");
  rb.progress(false);
  rb.stop();
  expect(rb.hadEarlyMedia()).toBe(false);
});

test("the cadence follows the visitor's region", () => {
  expect(ringbackStyleFor("en-US")).toBe("us");
  expect(ringbackStyleFor("fr-CA")).toBe("us");
  expect(ringbackStyleFor("en-GB")).toBe("eu");
  expect(ringbackStyleFor("de")).toBe("eu");
});
