// `npm run prisma -- <args>`: the Prisma CLI against DATABASE_URL or the embedded cluster, with the project's
// adapter (no native engine, no 10 s hangs). Every Prisma CLI use goes through here.
import { resolveDevDatabase, PROJECT_ROOT } from "./lib/database-url";
import { prisma } from "./lib/run";

const args = process.argv.slice(2);
const db = await resolveDevDatabase();
let code = 0;
try {
  await prisma(args, db.url, { cwd: PROJECT_ROOT });
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  code = 1;
} finally {
  await db.embedded?.stop();
}
process.exit(code);
