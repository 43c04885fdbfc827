import { expect, test } from "vitest";
import { CALL_TEXTS } from "@/lib/shared/widget/call-i18n";
import { browserFamily, micCause, micProblem } from "./mic-problems";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
const err = (name: string) => Object.assign(new Error("x"), { name });
const en = CALL_TEXTS.en;

test("DOMException names map to causes, legacy names included", () => {
  expect(micCause(err("NotAllowedError"), true)).toBe("denied");
  expect(micCause(err("PermissionDeniedError"), true)).toBe("denied");
  expect(micCause(err("NotFoundError"), true)).toBe("no-device");
  expect(micCause(err("OverconstrainedError"), true)).toBe("no-device");
  expect(micCause(err("NotReadableError"), true)).toBe("busy");
  expect(micCause(err("TrackStartError"), true)).toBe("busy");
  expect(micCause(err("TypeError"), true)).toBe("unknown");
  expect(micCause({ name: "NotAllowedError" }, true)).toBe("denied");
});

test("an insecure page is named as such whatever the error", () => {
  expect(micProblem(err("TypeError"), { secureContext: false, userAgent: CHROME, texts: en })).toMatchObject({ cause: "insecure", title: "This page is not secure" });
});

test("the fix for a blocked microphone is written for the visitor's browser", () => {
  expect(browserFamily(CHROME)).toBe("chrome");
  expect(browserFamily(EDGE)).toBe("edge");
  expect(browserFamily(FIREFOX)).toBe("firefox");
  expect(browserFamily(SAFARI)).toBe("safari");
  const fix = (userAgent: string, texts = en) => micProblem(err("NotAllowedError"), { secureContext: true, userAgent, texts }).fix;
  expect(fix(CHROME)).toMatch(/address bar/);
  expect(fix(EDGE)).toMatch(/Permissions for this site/);
  expect(fix(FIREFOX)).toMatch(/crossed-out microphone/);
  expect(fix(SAFARI)).toMatch(/Settings for This Website/);
  expect(fix("curl/8")).toMatch(/site settings/);
  // Every browser's steps differ, in every language.
  for (const texts of Object.values(CALL_TEXTS)) expect(new Set([CHROME, EDGE, FIREFOX, SAFARI, "curl/8"].map((ua) => fix(ua, texts))).size).toBe(5);
});

test("no device and busy device get their own words", () => {
  expect(micProblem(err("NotFoundError"), { secureContext: true, userAgent: CHROME, texts: en }).title).toBe("No microphone found");
  expect(micProblem(err("NotReadableError"), { secureContext: true, userAgent: CHROME, texts: en }).fix).toMatch(/Close other calls/);
});

test("mic problems come out in the requested language, with that browser's menu names", () => {
  const p = (name: string, userAgent: string, lang: keyof typeof CALL_TEXTS) => micProblem(err(name), { secureContext: true, userAgent, texts: CALL_TEXTS[lang] });
  expect(p("NotAllowedError", CHROME, "de")).toEqual({
    cause: "denied",
    title: "Mikrofon blockiert",
    message: "Ihr Browser lässt diese Seite nicht auf Ihr Mikrofon zugreifen, deshalb konnte die Gegenseite Sie nicht hören.",
    fix: "Klicken Sie links in der Adressleiste auf das Mikrofon- oder Schloss-Symbol, stellen Sie „Mikrofon“ auf „Zulassen“ und laden Sie die Seite neu.",
  });
  expect(p("NotAllowedError", FIREFOX, "de").fix).toContain("„Erlauben“");
  expect(p("NotAllowedError", EDGE, "fr").fix).toContain("« Autorisations pour ce site »");
  expect(p("NotAllowedError", SAFARI, "es").fix).toContain("Ajustes > Sitios web > Micrófono");
  expect(p("NotFoundError", CHROME, "es").title).toBe("No se encontró ningún micrófono");
  expect(p("NotReadableError", CHROME, "fr").title).toBe("Micro déjà utilisé");
  expect(micProblem(null, { secureContext: false, userAgent: SAFARI, texts: CALL_TEXTS.de }).title).toBe("Diese Seite ist nicht sicher");
});
