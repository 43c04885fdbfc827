// `npm run keys:reseal`: re-seal every encrypted secret under the first key of RINGLINK_ENCRYPTION_KEYS, so the
// keys after it can be removed. Production: DATABASE_URL and RINGLINK_ENCRYPTION_KEYS from the environment. Without
// DATABASE_URL: the embedded dev database and the dev keys in .data/dev.env (the environment still wins).
// Runs with --conditions=react-server (see package.json): the services it reuses are server-only modules.
import { openOpsDatabase } from "./lib/ops-env";

const database = await openOpsDatabase();

let failed = 0;
try {
  // Imported after the environment is set: lib/env.ts validates it on first use.
  const { resealAll } = await import("../lib/server/crypto/reseal-all");
  const { envKeyRing } = await import("../lib/server/crypto/key-ring");
  const { db } = await import("../lib/db");
  const ring = envKeyRing();
  console.log(`▸ Re-sealing under key "${ring[0]!.kid}" (${database.label}); ring: ${ring.map((k) => k.kid).join(", ")}`);
  const report = await resealAll({ ring });
  for (const [what, c] of Object.entries(report)) {
    console.log(`  ${what.padEnd(12)} ${c.resealed} re-sealed, ${c.failed.length} failed`);
    for (const id of c.failed) console.log(`    ✗ ${id}: does not open with this key ring (unknown key or tampered)`);
    failed += c.failed.length;
  }
  await db.$disconnect();
  console.log(failed ? "✗ Keep the old keys: some secrets were not re-sealed." : `✓ Every secret is sealed under "${ring[0]!.kid}": the other keys can be removed.`);
} finally {
  await database.stop();
}
process.exit(failed ? 1 : 0);
