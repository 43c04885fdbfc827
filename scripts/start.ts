// `npm start` (production): apply pending migrations to DATABASE_URL, then serve the build. The embedded database is
// a development convenience only; production always names its server.
import { spawn } from "node:child_process";
import { PROJECT_ROOT } from "./lib/database-url";
import { prisma } from "./lib/run";

if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. Production needs a PostgreSQL 17 server (see README: Deployment).");
  process.exit(1);
}
await prisma(["migrate", "deploy"], process.env.DATABASE_URL, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
const port = process.env.PORT ?? "3000";
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, NODE_ENV: "production" },
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
