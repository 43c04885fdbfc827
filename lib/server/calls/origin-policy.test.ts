import { expect, test } from "vitest";
import { decideOrigin } from "./origin-policy";

const own = "https://app.ringlink.test";
const base = { ownOrigin: own, allowedOrigins: ["https://shop.example", "https://*.brand.example"], hostedLinkEnabled: true };

test("the hosted link works from our own origin only while it is enabled", () => {
  expect(decideOrigin({ ...base, requestOrigin: own, contextOrigin: undefined })).toEqual({ allowed: true, origin: own });
  expect(decideOrigin({ ...base, hostedLinkEnabled: false, requestOrigin: own, contextOrigin: undefined })).toEqual({ allowed: false });
});

test("the embed page is allowed for listed embedding origins, wildcards included", () => {
  expect(decideOrigin({ ...base, requestOrigin: own, contextOrigin: "https://shop.example" })).toEqual({ allowed: true, origin: "https://shop.example" });
  expect(decideOrigin({ ...base, requestOrigin: own, contextOrigin: "https://eu.brand.example" })).toMatchObject({ allowed: true });
  expect(decideOrigin({ ...base, requestOrigin: own, contextOrigin: "https://evil.example" })).toEqual({ allowed: false });
  expect(decideOrigin({ ...base, requestOrigin: own, contextOrigin: "javascript:alert(1)" })).toEqual({ allowed: false });
});

test("a foreign page calling the API directly must itself be listed; no Origin is refused", () => {
  expect(decideOrigin({ ...base, requestOrigin: "https://shop.example", contextOrigin: undefined })).toMatchObject({ allowed: true });
  expect(decideOrigin({ ...base, requestOrigin: "https://evil.example", contextOrigin: "https://shop.example" })).toEqual({ allowed: false });
  expect(decideOrigin({ ...base, requestOrigin: null, contextOrigin: undefined })).toEqual({ allowed: false });
});
