// Child processes for the project's scripts: inherit output, resolve on exit, signal the whole group on stop.
import { spawn, type SpawnOptions } from "node:child_process";

export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrThrow(cmd: string, args: string[], opts: SpawnOptions = {}) {
  const code = await run(cmd, args, opts);
  if (code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${code}`);
}

export function prisma(args: string[], databaseUrl: string, opts: SpawnOptions = {}) {
  return runOrThrow(process.execPath, ["node_modules/prisma/build/index.js", ...args], {
    ...opts,
    env: { ...process.env, ...opts.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
