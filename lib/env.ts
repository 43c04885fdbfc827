import "server-only";
import { z } from "zod";

// "kid:base64(32 bytes)" pairs, comma-separated; the first is the key new envelopes are sealed with.
const ZKeyRing = z
  .string({ error: "is required (generate one with: npm run keys)" })
  .transform((raw, ctx) => {
    const keys = raw.split(",").map((part) => part.trim()).filter(Boolean).map((part) => {
      const [kid, b64] = part.split(":");
      return { kid: kid ?? "", key: Buffer.from(b64 ?? "", "base64") };
    });
    for (const k of keys) {
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(k.kid) || k.key.length !== 32) {
        ctx.addIssue({ code: "custom", message: `key "${k.kid}" must look like <id>:<base64 of 32 random bytes>` });
        return z.NEVER;
      }
    }
    if (keys.length === 0) {
      ctx.addIssue({ code: "custom", message: "needs at least one key" });
      return z.NEVER;
    }
    return keys;
  });

const ZBool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }),
  NEXTAUTH_URL: z.string().url().optional(),
  RINGLINK_ENCRYPTION_KEYS: ZKeyRing,
  // Self-hosted PBXs live on private networks; the hosted default refuses such targets (SSRF).
  RINGLINK_ALLOW_PRIVATE_TARGETS: ZBool.optional(),
  // Keyed hashing of visitor IPs: the raw address is never stored.
  RINGLINK_TRUST_PROXY: ZBool.default(false),
});

export type TEnv = Omit<z.infer<typeof ZEnv>, "RINGLINK_ALLOW_PRIVATE_TARGETS"> & { RINGLINK_ALLOW_PRIVATE_TARGETS: boolean };

let cached: TEnv | undefined;

// Parsed on first use (and at boot by instrumentation.ts), never at build time: `next build` needs no secrets.
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "env"}: ${i.message}`);
    throw new Error(`Ringlink cannot start: invalid environment.\n${lines.join("\n")}\nSee .env.example.`);
  }
  const e = parsed.data;
  return { ...e, RINGLINK_ALLOW_PRIVATE_TARGETS: e.RINGLINK_ALLOW_PRIVATE_TARGETS ?? e.NODE_ENV !== "production" };
}
