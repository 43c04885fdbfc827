import { expect, test } from "vitest";
import { LANGUAGES } from "../i18n";
import { CALL_TEXT_KEYS, CALL_TEXTS } from "./index";

test("every language translates every call text, with no blanks", () => {
  for (const lang of LANGUAGES) {
    expect(Object.keys(CALL_TEXTS[lang]).sort(), lang).toEqual([...CALL_TEXT_KEYS].sort());
    for (const key of CALL_TEXT_KEYS) expect(CALL_TEXTS[lang][key]?.trim(), `${lang}.${key}`).toBeTruthy();
  }
});

test("no text is left in English in another language, placeholders and button names are kept", () => {
  for (const lang of LANGUAGES) {
    const t = CALL_TEXTS[lang];
    expect(t.keypadKey, lang).toContain("{key}");
    // The fixes tell the visitor to press the retry button: they must name it as the button is labelled.
    for (const key of ["micNoDeviceFix", "micBusyFix", "micUnknownFix"] as const) expect(t[key], `${lang}.${key}`).toContain(t.tryAgain);
    if (lang === "en") continue;
    for (const key of CALL_TEXT_KEYS) expect(t[key], `${lang}.${key}`).not.toBe(CALL_TEXTS.en[key]);
  }
});
