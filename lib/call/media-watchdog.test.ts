import { expect, test } from "vitest";
import { watchdogVerdict } from "./media-watchdog";

const base = { answeredAt: 10_000, timeoutMs: 4000, baselineBytes: 0 };

test("waits while no audio has arrived and the window is open", () => {
  expect(watchdogVerdict({ ...base, now: 13_999, bytesReceived: 0 })).toBe("waiting");
});

test("declares the media dead once the window passes without a byte", () => {
  expect(watchdogVerdict({ ...base, now: 14_000, bytesReceived: 0 })).toBe("dead");
});

test("any growth past the baseline means audio flows, even late in the window", () => {
  expect(watchdogVerdict({ ...base, now: 20_000, bytesReceived: 172 })).toBe("flowing");
});

test("bytes counted during early media before the answer do not count as flowing after it", () => {
  expect(watchdogVerdict({ ...base, baselineBytes: 5000, now: 14_500, bytesReceived: 5000 })).toBe("dead");
});
