import { expect, test } from "vitest";
import { buildSipId, parseSipId } from "./sip-id";

test("builds the documented format and parses it back", () => {
  const id = buildSipId({ destination: "+4930123456", maxSeconds: 1800, tag: "c0ffee00c0ffee00" });
  expect(id).toBe("rl.+4930123456.1800.c0ffee00c0ffee00");
  expect(parseSipId(id)).toEqual({ destination: "+4930123456", maxSeconds: 1800, tag: "c0ffee00c0ffee00" });
  expect(parseSipId(`1764000300:${id}`)).toEqual(parseSipId(id));
});

test("the default tag is random and in the grammar", () => {
  const a = buildSipId({ destination: "*97#", maxSeconds: 60 });
  const b = buildSipId({ destination: "*97#", maxSeconds: 60 });
  expect(a).not.toBe(b);
  expect(parseSipId(a)).toMatchObject({ destination: "*97#", maxSeconds: 60 });
});

test.each([
  "", "sip:100@pbx", "100.200", "100:1", "100@pbx", "1 00", "100;user=phone", "00%2B44", "x".repeat(33), "500&SIP/trunk/0044",
])("destination %j is refused", (destination) => {
  expect(() => buildSipId({ destination, maxSeconds: 60 })).toThrow(/Destination/);
});

test.each([0, -1, 1.5, 86_401, Number.NaN])("max duration %s is refused", (maxSeconds) => {
  expect(() => buildSipId({ destination: "100", maxSeconds })).toThrow(/duration/);
});

test.each(["short", "has-dash-in-tag", "x".repeat(41)])("tag %j is refused", (tag) => {
  expect(() => buildSipId({ destination: "100", maxSeconds: 60, tag })).toThrow(/tag/);
});

test.each([
  "rl.100.60",
  "xx.100.60.abcdefgh",
  "rl.100.060.abcdefgh",
  "rl.100.99999.abcdefgh",
  "rl.10.0.60.abcdefgh",
  "rl.100.60.abcdefgh.extra",
  "rl.100@evil.60.abcdefgh",
  "1764000300:rl.100.60.abcdefgh:x",
])("parseSipId rejects %j", (value) => {
  expect(parseSipId(value)).toBeNull();
});
