// `npm run keys:rotate-signing`: a new ES256 key signs call tokens from now on. The old key is retired but stays in
// /.well-known/jwks.json until every token it may have signed has expired, so calls in flight keep verifying.
// Environment as for keys:reseal (scripts/lib/ops-env.ts). Runs with --conditions=react-server (server-only modules).
import { openOpsDatabase } from "./lib/ops-env";

const database = await openOpsDatabase();
try {
  const { rotateSigningKey } = await import("../lib/server/crypto/signing-keys");
  const { RETIRED_KEY_PUBLISHED_SECONDS, SIGNER_CACHE_SECONDS } = await import("../lib/server/crypto/token-policy");
  const { db } = await import("../lib/db");
  const { kid, retired } = await rotateSigningKey();
  await db.$disconnect();
  console.log(`✓ Call tokens are now signed with key "${kid}" (${database.label}).`);
  if (retired.length) console.log(`  Retired ${retired.join(", ")}: still published for ${RETIRED_KEY_PUBLISHED_SECONDS} s, then dropped.`);
  console.log(`  Running instances sign with it within ${SIGNER_CACHE_SECONDS} s; tokens signed before stay valid until they expire.`);
} finally {
  await database.stop();
}
