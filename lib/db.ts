import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process; in dev, hot reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { ringlinkDb?: PrismaClient };

function client(): PrismaClient {
  globalForDb.ringlinkDb ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }) });
  return globalForDb.ringlinkDb;
}

// Created on first use, not at import: `next build` imports every route module and must need no database or secrets.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(c) : value;
  },
});

export type TDb = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
