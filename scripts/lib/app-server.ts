// Starts a production build of the app (`next start`) for e2e tests, the lab and benchmarks; stops its process group.
import { spawn } from "node:child_process";
import { PROJECT_ROOT } from "./database-url";

export type TAppServer = { url: string; pid: number; stop: () => Promise<void> };

export async function startApp(opts: { port: number; host?: string; env: NodeJS.ProcessEnv; distDir?: string }) {
  const host = opts.host ?? "127.0.0.1";
  const url = `http://${host}:${opts.port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", host, "-p", String(opts.port)], {
    cwd: PROJECT_ROOT,
    env: { ...opts.env, NEXT_DIST_DIR: opts.distDir ?? ".next", NEXTAUTH_URL: opts.env.NEXTAUTH_URL ?? url, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  child.stdout.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr.on("data", (d: Buffer) => {
    output.push(d.toString());
    if (process.env.RINGLINK_APP_LOG) process.stderr.write(d);
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = async () => {
    if (exited || !child.pid) return;
    // next start forks workers: signal the whole group, then wait for the leader.
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    await new Promise((r) => child.once("exit", r));
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited early:\n${output.join("")}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { url, pid: child.pid!, stop } satisfies TAppServer;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start did not become healthy in 60 s:\n${output.join("")}`);
}
