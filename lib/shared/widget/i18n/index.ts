import { z } from "zod";
import { en, type TTextKey, type TTexts } from "./en";
import { de } from "./de";
import { es } from "./es";
import { fr } from "./fr";

export const LANGUAGES = ["en", "de", "es", "fr"] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<TLanguage, string> = { en: "English", de: "Deutsch", es: "Español", fr: "Français" };
export const BUILT_IN: Record<TLanguage, TTexts> = { en, de, es, fr };
export const TEXT_KEYS = Object.keys(en) as TTextKey[];
export type { TTextKey, TTexts };

export const ZLanguage = z.enum(LANGUAGES);
export const ZLanguages = z
  .array(ZLanguage)
  .min(1, { message: "Enable at least one language." })
  .transform((langs) => [...new Set(langs)]);

// Per-language overrides of the built-in texts; an empty string means "use the built-in text" and is not stored.
export const ZTextOverrides = z
  .partialRecord(ZLanguage, z.partialRecord(z.enum(TEXT_KEYS as [TTextKey, ...TTextKey[]]), z.string().trim().max(300)))
  .default({})
  .transform((all) => {
    const out: Partial<Record<TLanguage, Partial<Record<TTextKey, string>>>> = {};
    for (const [lang, texts] of Object.entries(all) as [TLanguage, Partial<Record<TTextKey, string>>][]) {
      const kept = Object.fromEntries(Object.entries(texts ?? {}).filter(([, v]) => v));
      if (Object.keys(kept).length) out[lang] = kept;
    }
    return out;
  });
export type TTextOverrides = z.infer<typeof ZTextOverrides>;

export function resolveTexts(lang: TLanguage, overrides: TTextOverrides): TTexts {
  const own = overrides[lang] ?? {};
  const out = { ...BUILT_IN[lang] };
  for (const key of TEXT_KEYS) {
    const v = own[key];
    if (v) out[key] = v;
  }
  return out;
}

// The visitor's preferences (navigator.languages, or Accept-Language on the server) pick among the languages the
// admin enabled; a regional tag ("de-AT") matches its base language; no match falls back to the first enabled one.
export function pickLanguage(preferred: readonly string[], enabled: readonly TLanguage[]): TLanguage {
  const fallback = enabled[0] ?? "en";
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    const hit = enabled.find((l) => l === base);
    if (hit) return hit;
  }
  return fallback;
}

// "de-AT,de;q=0.9,en;q=0.8" -> ["de-AT","de","en"], ordered by q (stable for equal q), q=0 dropped.
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 20)
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x) => x.tag && x.tag !== "*" && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((x) => x.tag);
}
