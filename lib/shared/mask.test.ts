import { expect, test } from "vitest";
import { MASK, describeSecret, isMaskedValue, maskedValue, secretHint } from "./mask";

test("a set secret is described by its last four characters and change date only", () => {
  expect(describeSecret("1234", new Date("2026-11-24T07:00:00Z"))).toEqual({
    isSet: true,
    masked: "••••••••1234",
    summary: "Set, ends in 1234, changed on 2026-11-24",
  });
  expect(describeSecret(null, "2026-01-02T00:00:00Z").summary).toBe("Set, changed on 2026-01-02");
});

test("a secret never set is described as such", () => {
  expect(describeSecret(null, null)).toEqual({ isSet: false, masked: "", summary: "Not set" });
});

test("the placeholder sent back by a form means no change; anything else is a new value", () => {
  expect(isMaskedValue(maskedValue("1234"))).toBe(true);
  expect(isMaskedValue(MASK)).toBe(true);
  expect(isMaskedValue("hunter2-new-password")).toBe(false);
  expect(isMaskedValue("")).toBe(false);
  expect(isMaskedValue(`${MASK}1234-and-more`)).toBe(false);
  expect(isMaskedValue(undefined)).toBe(false);
});

test("short secrets get no hint: four characters would reveal most of them", () => {
  expect(secretHint("short-pw")).toBeNull();
  expect(secretHint("a-long-enough-secret-9876")).toBe("9876");
});
