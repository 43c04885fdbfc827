import { test, expect } from "vitest";
import { safeCallbackUrl } from "./callback-url";

test("keeps paths on this site, with their query and hash", () => {
  expect(safeCallbackUrl("/o/acme/widgets?tab=live#top")).toBe("/o/acme/widgets?tab=live#top");
  expect(safeCallbackUrl("/app")).toBe("/app");
});

test("refuses anything that could leave the site or loop", () => {
  for (const bad of [
    null,
    undefined,
    "",
    "https://evil.example/o/acme",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "o/acme",
    "/sign-in",
    "/sign-in?callbackUrl=/o/a",
    "/api/auth/signout",
    `/${"a".repeat(2001)}`,
  ]) {
    expect(safeCallbackUrl(bad), String(bad)).toBeNull();
  }
});
