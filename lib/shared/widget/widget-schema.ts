import { z } from "zod";
import { ZDestination } from "./destination";
import { ZAppearance } from "./appearance";
import { ZFormConfig } from "./form-config";
import { ZHours } from "./hours";
import { ZAllowedOrigins } from "./origins";
import { ZLanguages, ZTextOverrides } from "./i18n";

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

export function slugify(name: string) {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return s || "widget";
}

// An id from a <select>: empty means "none". Only the shape is checked here; the server re-checks ownership.
const ZOptionalId = z
  .string()
  .trim()
  .max(64)
  .regex(/^[a-z0-9]*$/i, { message: "Pick one from the list." })
  .transform((v) => v || null)
  .nullable()
  .default(null);

// One schema for the builder form and the server: the form validates as you type, the server parses again.
export const ZWidgetInput = z.object({
  name: z.string().trim().min(1, { message: "Give the widget a name." }).max(80),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(60)
    .refine((v) => v === "" || SLUG_PATTERN.test(v), { message: "Lower-case letters, digits and dashes; no dash at either end." })
    .default(""),
  status: z.enum(["ACTIVE", "PAUSED"]).default("ACTIVE"),
  trunkId: ZOptionalId,
  iceServerSetId: ZOptionalId,
  destination: ZDestination,
  appearance: ZAppearance.default(ZAppearance.parse({})),
  languages: ZLanguages.default(["en"]),
  texts: ZTextOverrides,
  form: ZFormConfig.default(ZFormConfig.parse({})),
  hours: ZHours.default(ZHours.parse({})),
  allowedOrigins: ZAllowedOrigins.default([]),
  hostedLinkEnabled: z.boolean().default(true),
  maxCallSeconds: z.coerce.number().int().min(30, { message: "At least 30 seconds." }).max(14_400, { message: "At most 4 hours." }).default(1800),
  maxConcurrentCalls: z.coerce.number().int().min(1).max(500, { message: "At most 500." }).default(5),
  callsPerIpPerHour: z.coerce.number().int().min(1).max(1000, { message: "At most 1000." }).default(5),
  callsPerDay: z.coerce.number().int().min(1).max(100_000, { message: "At most 100,000." }).default(500),
  consentNotice: z.string().trim().max(1000).default(""),
});
export type TWidgetInput = z.output<typeof ZWidgetInput>;
export type TWidgetFormValues = z.input<typeof ZWidgetInput>;

export const DEFAULT_WIDGET: TWidgetInput = ZWidgetInput.parse({ name: "New widget", destination: "100" });
