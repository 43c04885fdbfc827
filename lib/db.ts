import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process; in dev, hot reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { ringlinkDb?: PrismaClient };

function create() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }) });
}

export const db: PrismaClient = globalForDb.ringlinkDb ?? create();
if (process.env.NODE_ENV !== "production") globalForDb.ringlinkDb = db;

export type TDb = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
