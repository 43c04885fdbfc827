import { test, expect } from "vitest";
import { ZWidgetInput, slugify } from "./widget-schema";
import { ZDestination } from "./destination";
import { ZFormConfig } from "./form-config";
import { visitorFormSchema, callbackSchema } from "./visitor-form";
import { BUILT_IN } from "./i18n";

const base = { name: "Sales line", destination: "200" };

test("a minimal widget gets safe defaults", () => {
  const w = ZWidgetInput.parse(base);
  expect(w).toMatchObject({ status: "ACTIVE", trunkId: null, languages: ["en"], hostedLinkEnabled: true, allowedOrigins: [], maxCallSeconds: 1800 });
  expect(w.appearance.primaryColor).toBe("#2553e0");
  expect(w.hours.alwaysOpen).toBe(true);
});

test("destinations: numbers, queues and SIP users pass; anything that could steer the call elsewhere fails", () => {
  for (const ok of ["200", "sales-queue", "*97", "600#", "+4930123", "support_1"]) expect(ZDestination.safeParse(ok).success, ok).toBe(true);
  for (const bad of ["", "200@evil.example", "sip:200@pbx", "500&SIP/trunk/0044", "200;transport=tcp", "a b", "x".repeat(33), "20\n0"]) {
    expect(ZDestination.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  }
});

test("low-contrast button colors are refused on the text color field", () => {
  const r = ZWidgetInput.safeParse({ ...base, appearance: { primaryColor: "#ffeb3b", textColor: "#ffffff" } });
  expect(r.success).toBe(false);
  expect(r.error?.issues[0]?.path).toEqual(["appearance", "textColor"]);
  expect(r.error?.issues[0]?.message).toMatch(/4\.5:1/);
});

test("slugs, limits, ids and logo URLs are validated", () => {
  expect(ZWidgetInput.safeParse({ ...base, slug: "Spring-Sale" }).data?.slug).toBe("spring-sale");
  expect(ZWidgetInput.safeParse({ ...base, slug: "-bad" }).success).toBe(false);
  expect(ZWidgetInput.safeParse({ ...base, maxCallSeconds: 5 }).success).toBe(false);
  expect(ZWidgetInput.safeParse({ ...base, maxConcurrentCalls: 0 }).success).toBe(false);
  expect(ZWidgetInput.safeParse({ ...base, trunkId: "x' or 1=1" }).success).toBe(false);
  expect(ZWidgetInput.safeParse({ ...base, trunkId: "" }).data?.trunkId).toBeNull();
  expect(ZWidgetInput.safeParse({ ...base, appearance: { logoUrl: "javascript:alert(1)" } }).success).toBe(false);
  expect(ZWidgetInput.safeParse({ ...base, appearance: { logoUrl: "http://x.test/logo.png" } }).success).toBe(false);
  expect(ZWidgetInput.safeParse({ ...base, languages: [] }).success).toBe(false);
  expect(slugify("Spring Sale — Ünïcode!")).toBe("spring-sale-unicode");
  expect(slugify("!!!")).toBe("widget");
});

test("form config: topics need two choices, consent needs its text", () => {
  expect(ZFormConfig.safeParse({ topic: { enabled: true, choices: ["Sales"] } }).success).toBe(false);
  expect(ZFormConfig.safeParse({ consent: { enabled: true, text: "" } }).success).toBe(false);
  expect(ZFormConfig.safeParse({ topic: { enabled: true, choices: ["Sales", "Support"] }, consent: { enabled: true, text: "I agree" } }).success).toBe(true);
});

test("the visitor form follows enabled and required flags, in the visitor's language", () => {
  const form = ZFormConfig.parse({
    name: { enabled: true, required: true },
    email: { enabled: true },
    topic: { enabled: true, choices: ["Sales", "Support"] },
    consent: { enabled: true, text: "I agree to the recording." },
  });
  const s = visitorFormSchema(form, BUILT_IN.de);
  expect(s.safeParse({ name: "Ada", topic: "Sales", consent: true }).success).toBe(true);
  const missing = s.safeParse({ name: "", consent: false });
  expect(missing.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
    `name:${BUILT_IN.de.requiredError}`,
    `consent:${BUILT_IN.de.consentError}`,
  ]);
  expect(s.safeParse({ name: "Ada", email: "nope", consent: true }).error?.issues[0]?.message).toBe(BUILT_IN.de.emailError);
  expect(s.safeParse({ name: "Ada", topic: "Other", consent: true }).success).toBe(false); // not one of the choices
  const off = visitorFormSchema(ZFormConfig.parse({}), BUILT_IN.en);
  expect(off.safeParse({}).success).toBe(true);
});

test("callback requests need a plausible phone number", () => {
  const s = callbackSchema(BUILT_IN.en);
  expect(s.safeParse({ phone: "+49 30 1234567" }).success).toBe(true);
  expect(s.safeParse({ phone: "" }).error?.issues[0]?.message).toBe(BUILT_IN.en.requiredError);
  expect(s.safeParse({ phone: "call me" }).error?.issues[0]?.message).toBe(BUILT_IN.en.phoneError);
  expect(s.safeParse({ phone: "12" }).success).toBe(false);
});
