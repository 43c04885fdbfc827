import { expect, test } from "vitest";
import { contextHeaders, parseUtm, sanitizeHeaderValue } from "./call-context";

test("UTM parameters are read from the page URL, others ignored", () => {
  expect(parseUtm("https://shop.example/p?utm_source=ads&utm_campaign=black%20friday&x=1")).toEqual({ utm_source: "ads", utm_campaign: "black friday" });
  expect(parseUtm("not a url")).toEqual({});
  expect(parseUtm(undefined)).toEqual({});
});

test("header values lose CR/LF and control characters and are capped", () => {
  expect(sanitizeHeaderValue("a\r\nVia: evil\r\n\r\nbody")).toBe("a Via: evil body");
  expect(sanitizeHeaderValue("x".repeat(1000))).toHaveLength(256);
  expect(sanitizeHeaderValue("\u0000\t ")).toBe("");
});

test("context headers carry the call id, page, referrer, UTM and form answers", () => {
  const h = contextHeaders({
    callId: "c1",
    pageUrl: "https://shop.example/p?utm_source=ads",
    referrer: "https://search.example/",
    utm: { utm_source: "ads" },
    formAnswers: { name: "Ann\r\nX-Evil: 1", consent: true },
    allowed: [],
  });
  expect(h.map((x) => x.name)).toEqual(["X-Ringlink-Call-Id", "X-Ringlink-Page-Url", "X-Ringlink-Referrer", "X-Ringlink-Utm", "X-Ringlink-Form"]);
  const form = h.find((x) => x.name === "X-Ringlink-Form")!.value;
  expect(form).toBe("name=Ann%0D%0AX-Evil%3A%201;consent=true");
  for (const x of h) expect(x.value).not.toMatch(/[\r\n]/);
});

test("a trunk's allowed list keeps only the named headers", () => {
  const h = contextHeaders({ callId: "c1", pageUrl: "https://a.example/", utm: {}, formAnswers: {}, allowed: ["x-ringlink-call-id"] });
  expect(h).toEqual([{ name: "X-Ringlink-Call-Id", value: "c1" }]);
});
