import { z } from "zod";
import { isMaskedValue } from "@/lib/shared/mask";
import { parseSbcUrl } from "./sbc-url";
import { TRUNK_PRESETS } from "./presets";

// Shared by the trunk form (zod resolver) and the server actions: one set of rules, one set of messages.
export const TEMPLATE_PLACEHOLDERS = ["{name}", "{widget}", "{page}"] as const;
export const MAX_ALLOWED_HEADERS = 20;

// A domain or an IP literal: it ends up in Request-URIs and From headers, so nothing else may slip in.
const SIP_DOMAIN = /^(?:\[[0-9A-Fa-f:.]+\]|(?:(?!-)[A-Za-z0-9-]{1,63}(?<!-)\.)*(?!-)[A-Za-z0-9-]{1,63}(?<!-))(?::\d{1,5})?$/;
const SIP_USER = /^[A-Za-z0-9._~+*#!$&'()=-]{1,64}$/;
// Extra headers are limited to X- headers: letting a browser set Route, Contact or P-Asserted-Identity would let a
// visitor steer or impersonate.
const X_HEADER = /^X-[A-Za-z0-9-]{1,60}$/;

export const ZSecretInput = z.string().max(512, { message: "At most 512 characters" }).optional();

const ZDisplayNameTemplate = z
  .string()
  .trim()
  .max(80, { message: "At most 80 characters" })
  .refine((v) => !/[\r\n"<>\\]/.test(v), { message: "No quotes, angle brackets, backslashes or line breaks" })
  .refine((v) => (v.match(/\{[^}]*\}/g) ?? []).every((p) => (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(p)), {
    message: `Placeholders: ${TEMPLATE_PLACEHOLDERS.join(", ")}`,
  });

export const ZTrunkInput = z
  .object({
    name: z.string().trim().min(1, { message: "Give the trunk a name" }).max(80, { message: "At most 80 characters" }),
    preset: z.enum(TRUNK_PRESETS),
    wsUrl: z.string().trim().superRefine((v, ctx) => {
      const r = parseSbcUrl(v);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
    }),
    sipDomain: z.string().trim().min(1, { message: "Enter the SIP domain or realm" }).max(253).regex(SIP_DOMAIN, {
      message: "A domain name or IP address, optionally with :port",
    }),
    authMode: z.enum(["EPHEMERAL", "STATIC", "NONE"]),
    hmacAlgorithm: z.enum(["SHA1", "SHA256"]),
    // Empty or the masked placeholder means "keep the stored secret"; anything else replaces it.
    secret: ZSecretInput,
    staticUsername: z.string().trim().max(64).optional(),
    displayNameTemplate: ZDisplayNameTemplate.optional(),
    allowedHeaders: z.array(z.string().trim().regex(X_HEADER, { message: "Only X- headers, e.g. X-Campaign" })).max(MAX_ALLOWED_HEADERS, {
      message: `At most ${MAX_ALLOWED_HEADERS} headers`,
    }),
    sendContextHeaders: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const fresh = v.secret && !isMaskedValue(v.secret) ? v.secret : "";
    if (v.authMode === "EPHEMERAL" && fresh && fresh.length < 16) {
      ctx.addIssue({ code: "custom", path: ["secret"], message: "Use at least 16 characters: this secret signs every call's credentials" });
    }
    if (v.authMode === "STATIC") {
      if (!v.staticUsername) ctx.addIssue({ code: "custom", path: ["staticUsername"], message: "Enter the extension's SIP username" });
      else if (!SIP_USER.test(v.staticUsername)) ctx.addIssue({ code: "custom", path: ["staticUsername"], message: "Letters, digits and . _ - + only" });
      if (fresh && fresh.length < 8) ctx.addIssue({ code: "custom", path: ["secret"], message: "At least 8 characters" });
    }
  });

export type TTrunkInput = z.infer<typeof ZTrunkInput>;

export const ZTrunkId = z.object({ trunkId: z.string().min(1).max(64) });
export const ZUpdateTrunk = z.object({ trunkId: z.string().min(1).max(64), values: ZTrunkInput });
export type TUpdateTrunk = z.infer<typeof ZUpdateTrunk>;

// Normalizes the header list typed as "X-A, X-B" or one per line.
export function splitHeaderList(text: string): string[] {
  return text.split(/[\s,]+/).map((h) => h.trim()).filter(Boolean);
}

export function needsSecret(authMode: TTrunkInput["authMode"]) {
  return authMode !== "NONE";
}
