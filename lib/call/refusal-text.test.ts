import { expect, test } from "vitest";
import { CALL_TEXTS } from "@/lib/shared/widget/call-i18n";
import { BUILT_IN, resolveTexts, ZTextOverrides } from "@/lib/shared/widget/i18n";
import { refusalText } from "./refusal-text";

test("each server refusal reason gets the widget's language", () => {
  const de = (code: string) => refusalText(code, BUILT_IN.de, CALL_TEXTS.de);
  expect(de("closed")).toBe("Wir sind gerade nicht erreichbar. Bitte rufen Sie während unserer Öffnungszeiten an.");
  expect(de("rate_limited")).toBe(BUILT_IN.de.errorRateLimited);
  expect(de("busy_lines")).toBe(BUILT_IN.de.errorBusy);
  expect(de("not_configured")).toBe(BUILT_IN.de.notSetUp);
  expect(de("daily_limit")).toMatch(/^Heute können keine weiteren Anrufe/);
  expect(refusalText("origin_not_allowed", BUILT_IN.fr, CALL_TEXTS.fr)).toBe("Les appels ne peuvent pas être lancés depuis ce site.");
  expect(refusalText("invalid_form", BUILT_IN.es, CALL_TEXTS.es)).toBe("Revisa el formulario e inténtalo de nuevo.");
  expect(refusalText("rate_limited", BUILT_IN.en, CALL_TEXTS.en)).toBe("Too many attempts. Please wait a little and try again.");
});

test("an unknown code (a spent token, a server error) gets the generic sentence, never the server's English", () => {
  for (const code of ["used", "expired", "http_500", "constructor", "__proto__"]) {
    expect(refusalText(code, BUILT_IN.de, CALL_TEXTS.de), code).toBe(CALL_TEXTS.de.endRefused);
  }
});

test("an admin's override of the widget's texts shows for the reasons those texts cover", () => {
  const t = resolveTexts("de", ZTextOverrides.parse({ de: { errorBusy: "Alle Berater sprechen gerade." } }));
  expect(refusalText("busy_lines", t, CALL_TEXTS.de)).toBe("Alle Berater sprechen gerade.");
});
