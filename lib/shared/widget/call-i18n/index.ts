import type { TLanguage } from "../i18n";
import { en, type TCallTextKey, type TCallTexts } from "./en";
import { de } from "./de";
import { es } from "./es";
import { fr } from "./fr";

// Only the server (and the builder's preview) imports this table: the call page receives the texts of the widget's
// one language as props, so the other languages never reach a visitor's first-load JavaScript.
export const CALL_TEXTS: Record<TLanguage, TCallTexts> = { en, de, es, fr };
export const CALL_TEXT_KEYS = Object.keys(en) as TCallTextKey[];
export type { TCallTextKey, TCallTexts };
