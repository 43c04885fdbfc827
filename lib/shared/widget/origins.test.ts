import { test, expect } from "vitest";
import { frameAncestors, isOriginAllowed, parseOriginPattern, formatOriginPattern, ZAllowedOrigins } from "./origins";

const canon = (raw: string) => {
  const p = parseOriginPattern(raw);
  return p ? formatOriginPattern(p) : null;
};

test("entries canonicalise: default scheme https, default ports dropped, lower case, punycode", () => {
  expect(canon("example.com")).toBe("https://example.com");
  expect(canon("HTTPS://Shop.Example.COM/")).toBe("https://shop.example.com");
  expect(canon("https://example.com:443")).toBe("https://example.com");
  expect(canon("http://example.com:80")).toBe("http://example.com");
  expect(canon("http://127.0.0.2:4173")).toBe("http://127.0.0.2:4173");
  expect(canon("*.example.com")).toBe("https://*.example.com");
  expect(canon("https://*.example.com:8443")).toBe("https://*.example.com:8443");
  expect(canon("https://bücher.de")).toBe("https://xn--bcher-kva.de");
  expect(canon("http://[::1]:3000")).toBe("http://[::1]:3000");
});

test("entries with paths, queries, credentials, odd schemes or over-broad wildcards are refused", () => {
  for (const bad of [
    "https://example.com/path", "https://example.com?x=1", "https://user@example.com", "ftp://example.com",
    "javascript:alert(1)", "*", "*.com", "https://*.127.0.0.1", "https://ex*ample.com", "https://a.*.example.com",
    "https://example.com; script-src *", "'self'", "https://example.com:99999", "",
  ]) {
    expect(canon(bad), bad).toBeNull();
  }
});

test("exact origins match only the same scheme, host and port", () => {
  const list = ["https://example.com", "http://127.0.0.2:4173"];
  expect(isOriginAllowed("https://example.com", list)).toBe(true);
  expect(isOriginAllowed("https://example.com:443", list)).toBe(false); // not a serialized origin
  expect(isOriginAllowed("http://example.com", list)).toBe(false);
  expect(isOriginAllowed("https://example.com:8443", list)).toBe(false);
  expect(isOriginAllowed("https://www.example.com", list)).toBe(false);
  expect(isOriginAllowed("http://127.0.0.2:4173", list)).toBe(true);
  expect(isOriginAllowed("http://127.0.0.2:4174", list)).toBe(false);
  expect(isOriginAllowed("http://127.0.0.3:4173", list)).toBe(false);
});

test("wildcards match subdomains on a label boundary, never the base or lookalikes", () => {
  const list = ["https://*.example.com"];
  expect(isOriginAllowed("https://shop.example.com", list)).toBe(true);
  expect(isOriginAllowed("https://a.b.example.com", list)).toBe(true);
  expect(isOriginAllowed("https://example.com", list)).toBe(false);
  expect(isOriginAllowed("https://example.com.evil.io", list)).toBe(false);
  expect(isOriginAllowed("https://shop.example.com.evil.io", list)).toBe(false);
  expect(isOriginAllowed("https://evilexample.com", list)).toBe(false);
  expect(isOriginAllowed("https://shop.example.co", list)).toBe(false);
  expect(isOriginAllowed("http://shop.example.com", list)).toBe(false);
  expect(isOriginAllowed("https://shop.example.com:8443", list)).toBe(false);
});

test("opaque, missing and malformed origins never match", () => {
  const list = ["https://example.com"];
  for (const o of [null, undefined, "", "null", "example.com", "https://example.com/x", "https://EXAMPLE.com"]) {
    expect(isOriginAllowed(o, list), String(o)).toBe(false);
  }
});

test("the schema canonicalises, de-duplicates and reports the bad entry by index", () => {
  expect(ZAllowedOrigins.parse(["example.com", "https://example.com/", "*.example.com", ""])).toEqual([
    "https://example.com",
    "https://*.example.com",
  ]);
  const r = ZAllowedOrigins.safeParse(["https://ok.com", "https://bad.com/path"]);
  expect(r.success).toBe(false);
  expect(r.error?.issues[0]?.path).toEqual([1]);
});

test("frame-ancestors lists the canonical sources, or 'none' when empty", () => {
  expect(frameAncestors(["https://*.example.com", "http://127.0.0.2:4173"])).toBe("frame-ancestors https://*.example.com http://127.0.0.2:4173");
  expect(frameAncestors([])).toBe("frame-ancestors 'none'");
  expect(frameAncestors(["https://x.com; script-src *"])).toBe("frame-ancestors 'none'");
});
