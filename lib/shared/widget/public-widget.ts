import type { TAppearance } from "./appearance";
import type { TFormConfig } from "./form-config";
import type { TLanguage, TTexts } from "./i18n";

// Everything a visitor's page may know about a widget. Deliberately no destination, trunk, ICE set, limits or
// internal ids: the call page's HTML and scripts are public.
export type TPublicWidget = {
  publicId: string;
  language: TLanguage;
  texts: TTexts;
  appearance: TAppearance;
  form: TFormConfig;
  consentNotice: string;
  status: "open" | "closed" | "paused";
  // ISO instant and zone for "We open again …"; null when unknown or always open.
  opensAt: string | null;
  timeZone: string;
  offlineCallback: boolean;
};
