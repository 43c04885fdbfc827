import { expect, test } from "vitest";
import { bundleEmbed } from "./build";
import { EMBED_BUDGET_GZIP, measure } from "./size";

const code = await bundleEmbed();

test("the loader stays within its 2 KB gzip budget", () => {
  expect(measure(code).gzip).toBeLessThanOrEqual(EMBED_BUDGET_GZIP);
});

test("the loader never touches cookies or storage and makes no request of its own", () => {
  for (const forbidden of ["document.cookie", "localStorage", "sessionStorage", "indexedDB", "fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "import("]) {
    expect(code, forbidden).not.toContain(forbidden);
  }
});

test("the loader never posts to a wildcard target origin", () => {
  expect(code).toContain("postMessage(");
  expect(code).not.toMatch(/["'`]\*["'`]/);
});

test("the loader is a self-contained ES2018 IIFE that declares no globals", () => {
  expect(code.startsWith("(()=>{")).toBe(true);
  expect(code.trimEnd().endsWith("})();")).toBe(true);
  // Optional chaining and nullish coalescing are ES2020: esbuild must have lowered them for the target.
  expect(code).not.toMatch(/\?\.[a-zA-Z(]|\?\?/);
  expect(code).not.toMatch(/\bwindow\.\w+\s*=/);
});
