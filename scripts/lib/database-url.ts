// One answer to "which PostgreSQL?": DATABASE_URL when set, else the project's embedded cluster under .data/.
import path from "node:path";
import { startEmbeddedDb, type TEmbeddedDb } from "./embedded-db";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const DEV_DATA_DIR = path.join(PROJECT_ROOT, ".data", "postgres");
export const DEV_DB_PORT = Number(process.env.RINGLINK_DB_PORT ?? 54329);

export async function resolveDevDatabase(): Promise<{ url: string; embedded?: TEmbeddedDb }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const embedded = await startEmbeddedDb({ dataDir: DEV_DATA_DIR, port: DEV_DB_PORT, database: "ringlink" });
  return { url: embedded.url, embedded };
}
