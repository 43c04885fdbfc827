// Environment for the operator commands (keys:reseal, keys:rotate-signing). Production: DATABASE_URL and the keys come
// from the environment. Without DATABASE_URL: the embedded dev database and the dev keys in .data/dev.env (the
// environment still wins). Call before importing any lib/ module: lib/env.ts validates the environment on first use.
import { resolveDevDatabase } from "./database-url";
import { loadDevSecrets } from "./dev-secrets";

export async function openOpsDatabase() {
  const production = Boolean(process.env.DATABASE_URL);
  const dev = production ? {} : loadDevSecrets();
  const database = await resolveDevDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.RINGLINK_ENCRYPTION_KEYS ??= dev.RINGLINK_ENCRYPTION_KEYS;
  process.env.NEXTAUTH_SECRET ??= dev.NEXTAUTH_SECRET;
  return { label: production ? "DATABASE_URL" : "embedded dev database", stop: async () => void (await database.embedded?.stop()) };
}
