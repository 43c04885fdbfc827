// Every benchmark measures a production build of the current tree: built fresh each run (a stale build would measure
// yesterday's code); `--no-build` reuses the last one when only the measurement changed.
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../scripts/lib/database-url";
import { runOrThrow } from "../../scripts/lib/run";

export const BENCH_DIST_DIR = ".next-bench";

export async function benchBuild(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (!process.argv.includes("--no-build") || !existsSync(path.join(PROJECT_ROOT, BENCH_DIST_DIR, "BUILD_ID"))) {
    const buildEnv = { ...env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST_DIR } as NodeJS.ProcessEnv;
    await runOrThrow(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: PROJECT_ROOT, env: buildEnv, stdio: ["ignore", "ignore", "inherit"] });
  }
  return BENCH_DIST_DIR;
}
