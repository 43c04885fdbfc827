// The environment every test stage shares: a throwaway database and fresh secrets, never a developer's .data/.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db";
import { newEncryptionKey } from "./dev-secrets";

export async function startTestDatabase() {
  const database = `ringlink_test_${randomBytes(4).toString("hex")}`;
  if (process.env.DATABASE_URL) {
    // Your own server: a fresh database on it, dropped afterwards.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database "${database}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${database}`;
    return {
      url: url.toString(),
      stop: async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists "${database}" with (force)`);
        await c.end();
      },
    };
  }
  // /var/tmp, not a home folder: the cluster runs as OS user postgres, which must be able to enter it.
  const dir = mkdtempSync(path.join(os.platform() === "linux" ? "/var/tmp" : os.tmpdir(), "ringlink-test-"));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), database, throwaway: true });
  return {
    url: db.url,
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function testSecrets(): Record<string, string> {
  return {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    // Two keys: tests can prove that envelopes sealed with an older key still open.
    RINGLINK_ENCRYPTION_KEYS: `${newEncryptionKey("test2")},${newEncryptionKey("test1")}`,
    RINGLINK_ALLOW_PRIVATE_TARGETS: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
