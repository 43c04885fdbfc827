import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./prisma/cli-adapter";

// The WASM schema engine arms long timers it never clears, so every CLI command lingered 10-60 s after its work.
// Only the CLI process loads this file: let such timers not hold the process open.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const t = setTimeoutOriginal(fn, ms, ...args);
  if ((ms ?? 0) >= 5000) t.unref?.();
  return t;
}) as typeof setTimeout;

function databaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run Prisma through the npm scripts (npm run db:migrate …).");
  return url;
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => cliAdapterFactory(databaseUrl()),
});
