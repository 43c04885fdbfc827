// The driver adapter the Prisma CLI (JS schema engine) uses. It works around @prisma/adapter-pg 6.19.3 bugs on
// the no-native-engine path, without patching node_modules. Used only by prisma.config.ts, never by the app.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

type TAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type TPerformIO = (q: unknown) => Promise<pg.QueryResult>;
type TInternals = { client: pg.Pool; performIO: TPerformIO };

// Catalog types `name` (19) and `"char"` (18) are rejected on introspection (prisma/orm#27403): read them as text.
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

function patch(adapter: TAdapter): TAdapter {
  const internals = adapter as unknown as TInternals;
  const performIO = internals.performIO.bind(adapter);
  internals.performIO = async (q) => {
    const result = await performIO(q);
    for (const f of result.fields) if (CATALOG_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
    return result;
  };
  // executeScript splits on every ";", breaking $$ bodies and literals: send the script whole instead
  // (a query without parameters goes over the simple protocol, which accepts many statements).
  adapter.executeScript = async (script: string) => {
    await internals.client.query(script);
  };
  return adapter;
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  // Discrete options, not a connectionString: the upstream shadow database spreads {database} over a config whose
  // connectionString wins, so the "shadow" silently became the main database (P3006).
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || u.searchParams.get("host") || undefined,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
    // Without this, an idle pool keeps every CLI command alive for pg's 10 s idle timeout.
    allowExitOnIdle: true,
  };
}

export function cliAdapterFactory(url: string) {
  const base = new PrismaPg(poolConfig(url));
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    async connect() {
      return patch(await base.connect());
    },
    async connectToShadowDb() {
      const main = await this.connect();
      const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = patch(await new PrismaPg(poolConfig(url, database)).connect());
      const dispose = shadow.dispose.bind(shadow);
      // Close the shadow's own pool before dropping it, or DROP fails with "being accessed by other users".
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await main.dispose();
      };
      return shadow;
    },
  };
}
