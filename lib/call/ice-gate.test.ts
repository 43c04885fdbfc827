import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { candidateType, createIceGate } from "./ice-gate";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const host = { candidate: "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host generation 0" };
const relay = { type: "relay" };

test("reads the type from the field or the candidate line", () => {
  expect(candidateType(host)).toBe("host");
  expect(candidateType(relay)).toBe("relay");
  expect(candidateType(null)).toBeNull();
});

test("without TURN the first candidate ends the wait at once", () => {
  const complete = vi.fn();
  createIceGate({ hasTurn: false, complete }).candidate(host);
  expect(complete).toHaveBeenCalledTimes(1);
});

test("with TURN a relay candidate ends it at once, and only once", () => {
  const complete = vi.fn();
  const gate = createIceGate({ hasTurn: true, complete });
  gate.candidate(host);
  expect(complete).not.toHaveBeenCalled();
  gate.candidate(relay);
  gate.candidate(relay);
  vi.advanceTimersByTime(1000);
  expect(complete).toHaveBeenCalledTimes(1);
});

test("with TURN and no relay candidate, the grace after the first host candidate ends it", () => {
  const complete = vi.fn();
  const gate = createIceGate({ hasTurn: true, complete, graceMs: 120 });
  gate.candidate(host);
  vi.advanceTimersByTime(119);
  expect(complete).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(complete).toHaveBeenCalledTimes(1);
});

test("the end-of-candidates null and a disposed gate do nothing", () => {
  const complete = vi.fn();
  const gate = createIceGate({ hasTurn: true, complete });
  gate.candidate(null);
  gate.dispose();
  gate.candidate(relay);
  expect(complete).not.toHaveBeenCalled();
});
