// One lab daemon: spawned in the foreground with its output in <dir>/<name>.log and its PID in <dir>/<name>.pid,
// stopped by that PID (SIGTERM, then SIGKILL to its process group if it lingers).
import { spawn } from "node:child_process";
import { openSync, closeSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type TService = {
  name: string;
  pid: number;
  logFile: string;
  exited: () => boolean;
  log: () => string;
  stop: () => Promise<void>;
};

// Last resort when the harness itself dies (uncaught error, process.exit): no daemon may outlive it.
const live = new Set<number>();
process.once("exit", () => {
  for (const pid of live) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {}
  }
});

export function startService(o: { name: string; dir: string; cmd: string; args: string[]; cwd?: string }): TService {
  const logFile = path.join(o.dir, `${o.name}.log`);
  const fd = openSync(logFile, "a");
  // Own process group: kamailio forks workers, and a SIGKILL fallback must reach them too.
  const child = spawn(o.cmd, o.args, { cwd: o.cwd ?? o.dir, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  if (!child.pid) throw new Error(`${o.name}: could not start ${o.cmd}`);
  const pid = child.pid;
  writeFileSync(path.join(o.dir, `${o.name}.pid`), `${pid}\n`);
  let exited = false;
  live.add(pid);
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), live.delete(pid), resolve())));
  child.unref();

  const stop = async () => {
    if (exited) return;
    try {
      process.kill(pid, "SIGTERM");
    } catch {}
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([exit.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 5000)))]);
    clearTimeout(timer);
    if (timedOut) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {}
      await exit;
    }
  };
  return { name: o.name, pid, logFile, exited: () => exited, log: () => readFileSync(logFile, "utf8"), stop };
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Readiness by probing, never a fixed sleep: retry `probe` until it resolves true or the service dies.
export async function waitReady(service: TService, probe: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.exited()) throw new Error(`${service.name} exited during start-up:\n${tail(service.log())}`);
    if (await probe().catch(() => false)) return;
    await delay(50);
  }
  throw new Error(`${service.name} not ready after ${timeoutMs} ms:\n${tail(service.log())}`);
}

const tail = (s: string) => s.split("\n").slice(-30).join("\n");
