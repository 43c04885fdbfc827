// Re-runs the current script inside a fresh network namespace that has only `lo`, so nothing a test starts can send
// a packet off the machine. Needs root and iproute2; returns false (caller continues on the host) otherwise.
import { spawnSync } from "node:child_process";
import { run } from "./run";

export async function reexecInNetns(prefix: string): Promise<boolean> {
  if (process.env.RINGLINK_IN_NETNS || process.getuid?.() !== 0 || spawnSync("ip", ["-V"]).status !== 0) return false;
  const ns = `${prefix}-${process.pid}`;
  const ok = spawnSync("ip", ["netns", "add", ns]).status === 0 && spawnSync("ip", ["-n", ns, "link", "set", "lo", "up"]).status === 0;
  if (!ok) return false;
  // The same node flags (the tsx loader, --conditions=react-server for benches) and arguments, inside the namespace.
  const code = await run("ip", ["netns", "exec", ns, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, RINGLINK_IN_NETNS: ns },
  });
  // Anything still inside was started by this run and outlived it (a failed stage, a killed harness): end it by PID
  // before the namespace goes, or it would keep running unseen in a deleted namespace.
  for (const pid of spawnSync("ip", ["netns", "pids", ns], { encoding: "utf8" }).stdout.split(/\s+/).filter(Boolean)) {
    try {
      process.kill(Number(pid), "SIGKILL");
    } catch {}
  }
  spawnSync("ip", ["netns", "del", ns]);
  process.exit(code);
}
