import type { TAppearance } from "./appearance";
import type { TCallTexts } from "./call-i18n/en";
import type { TFormConfig } from "./form-config";
import type { TLanguage, TTexts } from "./i18n";

// Everything a visitor's page may know about a widget. Deliberately no destination, trunk, ICE set, limits or
// internal ids: the call page's HTML and scripts are public.
export type TPublicWidget = {
  publicId: string;
  language: TLanguage;
  texts: TTexts;
  // The dialer's words (mic check, controls, end reasons, mic fixes) in `language` only: the page ships one language.
  callTexts: TCallTexts;
  appearance: TAppearance;
  form: TFormConfig;
  consentNotice: string;
  status: "open" | "closed" | "paused";
  // ISO instant and zone for "We open again …"; null when unknown or always open.
  opensAt: string | null;
  timeZone: string;
  offlineCallback: boolean;
};
