// The telephony-lab stage: checks the tools, starts the lab (rtpengine, Kamailio with sbc/, coturn, the baresip
// agent, the static sip.js page), runs Playwright's "lab" project against it and stops every service, pass or fail.
// Extra arguments go to Playwright (e.g. a spec name). Secrets reach Playwright through env only.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { labEnv, startLab } from "./lab";
import { startLabApp } from "./lab-app";
import { labStatus } from "./tools";
import { reexecInNetns } from "../../scripts/lib/netns";

const ROOT = path.resolve(import.meta.dirname, "../..");

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const status = labStatus();
if (!status.ok) {
  console.error(`lab: missing tools: ${status.missing.join(", ")}`);
  process.exit(1);
}

// Chromium gathers candidates on every interface: keep every packet on loopback in a namespace with only `lo`.
if (!process.env.RINGLINK_IN_NETNS && !(await reexecInNetns("ringlink-lab"))) {
  console.warn("lab: could not create a network namespace; running on this host's loopback.");
}

const started = Date.now();
const lab = await startLab({ page: true });
console.log(`lab: services up in ${Date.now() - started} ms (work dir ${lab.dir})`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await lab.stop();
};
for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void stop().then(() => process.exit(130)));

let code = 1;
let app: Awaited<ReturnType<typeof startLabApp>> = null;
try {
  // The app (production build from NEXT_DIST_DIR, the test database) and a customer site on 127.0.0.2, for the
  // call scenarios through the real call page; npm test provides the database, without one those specs skip.
  app = await startLabApp(process.env);
  if (!app) console.warn("lab: no DATABASE_URL, app scenarios skipped (run through npm test -- lab)");
  code = await run(
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", "--project=lab", ...process.argv.slice(2)],
    // react-server: the specs seed data with the app's own server modules (they import "server-only").
    { ...process.env, ...labEnv(lab), ...app?.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() },
  );
} finally {
  await app?.stop();
  await stop();
}
// Keep the work dir (logs, recordings, rendered configs) when something failed or RINGLINK_LAB_KEEP=1.
if (code === 0 && process.env.RINGLINK_LAB_KEEP !== "1") rmSync(lab.dir, { recursive: true, force: true });
else console.error(`lab: logs and recordings kept in ${lab.dir}`);
process.exit(code);
