import { test, expect } from "vitest";
import { BUILT_IN, LANGUAGES, TEXT_KEYS, parseAcceptLanguage, pickLanguage, resolveTexts, ZTextOverrides } from "./index";

test("every built-in language translates every key, with no blanks and the {time} placeholder kept", () => {
  for (const lang of LANGUAGES) {
    expect(Object.keys(BUILT_IN[lang]).sort(), lang).toEqual([...TEXT_KEYS].sort());
    for (const key of TEXT_KEYS) expect(BUILT_IN[lang][key].trim(), `${lang}.${key}`).not.toBe("");
    expect(BUILT_IN[lang].opensAt, lang).toContain("{time}");
  }
  expect(BUILT_IN.de.callButton).not.toBe(BUILT_IN.en.callButton);
});

test("the browser's language picks among the enabled ones, regional tags match their base", () => {
  expect(pickLanguage(["de-AT", "en"], ["en", "de"])).toBe("de");
  expect(pickLanguage(["fr-CA", "de"], ["en", "de"])).toBe("de"); // French not enabled: next preference
  expect(pickLanguage(["ja", "zh"], ["es", "en"])).toBe("es"); // nothing matches: first enabled
  expect(pickLanguage([], ["fr"])).toBe("fr");
  expect(pickLanguage(["ES"], ["en", "es"])).toBe("es");
});

test("Accept-Language is ordered by q and drops q=0 and *", () => {
  expect(parseAcceptLanguage("en;q=0.5, de-AT, fr;q=0.8, *;q=0.1")).toEqual(["de-AT", "fr", "en"]);
  expect(parseAcceptLanguage("es;q=0, en")).toEqual(["en"]);
  expect(parseAcceptLanguage(null)).toEqual([]);
  expect(pickLanguage(parseAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8"), ["en", "fr"])).toBe("fr");
});

test("overrides replace single texts per language; empty overrides keep the built-in text", () => {
  const o = ZTextOverrides.parse({ de: { callButton: "Jetzt kostenlos anrufen", title: "  " } });
  const t = resolveTexts("de", o);
  expect(t.callButton).toBe("Jetzt kostenlos anrufen");
  expect(t.title).toBe(BUILT_IN.de.title);
  expect(resolveTexts("en", o).callButton).toBe(BUILT_IN.en.callButton);
  expect(ZTextOverrides.safeParse({ de: { notAKey: "x" } }).success).toBe(false);
  expect(ZTextOverrides.safeParse({ xx: {} }).success).toBe(false);
});
