// `npm run dev`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo data, then `next dev`.
import { spawn } from "node:child_process";
import { resolveDevDatabase, PROJECT_ROOT } from "./lib/database-url";
import { loadDevSecrets } from "./lib/dev-secrets";
import { prisma, runOrThrow } from "./lib/run";
import { watchEmbed } from "../embed/build";

const port = Number(process.env.PORT ?? 3000);
const secrets = loadDevSecrets();
const db = await resolveDevDatabase();
const url = `http://localhost:${port}`;
const env = {
  ...secrets,
  ...process.env,
  DATABASE_URL: db.url,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  RINGLINK_SEED_ADMIN_PASSWORD: process.env.RINGLINK_SEED_ADMIN_PASSWORD ?? secrets.RINGLINK_SEED_ADMIN_PASSWORD,
} as NodeJS.ProcessEnv;

console.log(db.embedded ? `▸ Embedded PostgreSQL 17 on 127.0.0.1:${db.embedded.port} (data in .data/postgres)` : "▸ Using DATABASE_URL");
await prisma(["migrate", "deploy"], db.url, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
console.log("▸ Migrations applied");
await runOrThrow(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], { cwd: PROJECT_ROOT, env });

// public/embed.js is build output: build the embed loader now and rebuild it on every change.
const embed = await watchEmbed();

const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", String(port)], {
  cwd: PROJECT_ROOT,
  env,
  stdio: "inherit",
  detached: true,
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // next dev forks workers: signal its whole process group.
  try {
    if (next.pid) process.kill(-next.pid, "SIGTERM");
  } catch {}
  await embed.dispose();
  await db.embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));
