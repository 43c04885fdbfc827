import { test, expect } from "vitest";
import { contrastRatio, meetsContrast, ZHexColor } from "./colors";

test("contrast ratio matches WCAG reference values", () => {
  expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
  // #767676 on white is the classic just-passing AA grey (4.54:1).
  expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  expect(contrastRatio("#ffffff", "#767676")).toBeCloseTo(4.54, 2);
});

test("AA threshold: passes at 4.5, fails just below", () => {
  expect(meetsContrast("#2553e0", "#ffffff")).toBe(true);
  expect(meetsContrast("#777777", "#ffffff")).toBe(false);
  expect(meetsContrast("#ffeb3b", "#ffffff")).toBe(false);
  expect(meetsContrast("#ffeb3b", "#111111")).toBe(true);
});

test("hex colors are validated and lower-cased", () => {
  expect(ZHexColor.parse("#AABBCC")).toBe("#aabbcc");
  for (const bad of ["red", "#abc", "#abcdeg", "aabbcc", "#aabbcc; background:url(x)"]) {
    expect(ZHexColor.safeParse(bad).success, bad).toBe(false);
  }
});
