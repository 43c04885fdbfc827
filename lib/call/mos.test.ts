import { expect, test } from "vitest";
import { delayImpairment, estimateMos, mosFromR, mosGrade, rFactor } from "./mos";

test("a perfect loopback path scores the E-model's ceiling for narrowband (~4.4)", () => {
  const mos = estimateMos({ rttMs: 0, jitterMs: 0, lossPct: 0 });
  expect(mos).toBeGreaterThan(4.3);
  expect(mos).toBeLessThanOrEqual(4.5);
});

test("R to MOS follows G.107 Annex B at known points", () => {
  expect(mosFromR(0)).toBe(1);
  expect(mosFromR(100)).toBe(4.5);
  expect(mosFromR(50)).toBeCloseTo(2.58, 2);
  expect(mosFromR(93.2)).toBeCloseTo(4.41, 2);
});

test("delay hurts slowly until ~177 ms one way, then fast", () => {
  expect(delayImpairment(100)).toBeCloseTo(2.4, 5);
  expect(delayImpairment(300) - delayImpairment(200)).toBeGreaterThan(2 * (delayImpairment(200) - delayImpairment(100)));
});

test("loss, delay and jitter each lower the score", () => {
  const base = rFactor({ rttMs: 40, jitterMs: 5, lossPct: 0 });
  expect(rFactor({ rttMs: 40, jitterMs: 5, lossPct: 5 })).toBeLessThan(base);
  expect(rFactor({ rttMs: 400, jitterMs: 5, lossPct: 0 })).toBeLessThan(base);
  expect(rFactor({ rttMs: 40, jitterMs: 60, lossPct: 0 })).toBeLessThan(base);
  expect(estimateMos({ rttMs: 600, jitterMs: 80, lossPct: 20 })).toBeLessThan(3);
});

test("grades split at 4.0 and 3.1", () => {
  expect(mosGrade(4.2)).toBe("good");
  expect(mosGrade(3.5)).toBe("fair");
  expect(mosGrade(2.0)).toBe("poor");
  expect(mosGrade(null)).toBe("unknown");
});
