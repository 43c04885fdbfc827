// `npm test`: every test. Unit + integration (vitest, real PostgreSQL), e2e (Playwright, Debian's Chromium against a
// production build), and the telephony lab when its tools are installed (RINGLINK_LAB=required: missing tools fail).
// Stages can be picked: `npm test -- unit e2e lab`; other arguments filter vitest's files (`npm test -- unit calls/`).
import { PROJECT_ROOT } from "./lib/database-url";
import { freePort } from "./lib/embedded-db";
import { prisma, runOrThrow } from "./lib/run";
import { startApp } from "./lib/app-server";
import { reexecInNetns } from "./lib/netns";
import { startTestDatabase, testSecrets } from "./lib/test-env";
import { labStatus } from "../e2e/lab/tools";
import { buildEmbed } from "../embed/build";

const ALL = ["unit", "e2e", "lab"] as const;
const picked = process.argv.slice(2).filter((a) => (ALL as readonly string[]).includes(a));
const stages = new Set(picked.length ? picked : ALL);
const vitestFilters = process.argv.slice(2).filter((a) => !(ALL as readonly string[]).includes(a));

// Keep every packet on loopback: re-run inside a fresh network namespace that has only `lo`, when we can.
if (!process.env.RINGLINK_IN_NETNS && !(await reexecInNetns("ringlink-test"))) {
  console.warn("▸ Could not create a network namespace; running on this host's loopback.");
}

const failures: string[] = [];
const db = await startTestDatabase();
const env = { ...process.env, ...testSecrets(), DATABASE_URL: db.url, NODE_ENV: "test" } as NodeJS.ProcessEnv;
const distDir = ".next-test";

async function stage(name: string, fn: () => Promise<void>) {
  console.log(`\n━━━ ${name} ━━━`);
  const started = Date.now();
  try {
    await fn();
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    console.error(`✗ ${name}: ${err instanceof Error ? err.message : String(err)}`);
    failures.push(name);
  }
}

try {
  await prisma(["migrate", "deploy"], db.url, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (stages.has("unit")) {
    await stage("unit + integration (vitest)", () => runOrThrow(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...vitestFilters], { cwd: PROJECT_ROOT, env }));
  }
  const lab = labStatus();
  const needsBuild = stages.has("e2e") || (stages.has("lab") && lab.ok);
  if (needsBuild) {
    // public/embed.js is build output that the app serves (e2e/embed-loader.spec.ts loads it).
    await stage("embed loader build (esbuild)", () => buildEmbed());
    await stage("production build", () =>
      runOrThrow(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: PROJECT_ROOT, env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: distDir } }),
    );
  }
  if (stages.has("e2e") && !failures.includes("production build")) {
    await stage("e2e (Playwright, Chromium)", async () => {
      const port = await freePort();
      const app = await startApp({ port, env, distDir });
      try {
        await runOrThrow(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--project=app"], {
          cwd: PROJECT_ROOT,
          env: { ...env, RINGLINK_BASE_URL: app.url },
        });
      } finally {
        await app.stop();
      }
    });
  }
  if (stages.has("lab")) {
    if (!lab.ok && process.env.RINGLINK_LAB === "required") {
      failures.push("lab");
      console.error(`✗ telephony lab required but missing: ${lab.missing.join(", ")}`);
    } else if (!lab.ok) {
      console.log(`\n▸ Telephony lab skipped: missing ${lab.missing.join(", ")} (see README: Telephony lab).`);
    } else if (!failures.includes("production build")) {
      await stage("telephony lab (Kamailio, coturn, rtpengine, baresip, Chromium)", () =>
        runOrThrow(process.execPath, ["--import", "tsx", "e2e/lab/run-lab.ts"], { cwd: PROJECT_ROOT, env: { ...env, NEXT_DIST_DIR: distDir } }),
      );
    }
  }
} finally {
  await db.stop();
}

console.log(failures.length ? `\n✗ Failed: ${failures.join(", ")}` : "\n✓ All test stages passed");
process.exit(failures.length ? 1 : 0);
