import "server-only";
import { db } from "@/lib/db";
import { secretAad } from "@/lib/server/secrets/write-only-secret";
import { envKeyRing, type TKeyRing } from "./key-ring";
import { needsRotation, reseal } from "./envelope";
import { signingKeyAad } from "./signing-keys";

// Key rotation: re-seal every envelope in the database under the primary key (the first of the ring), so the
// older keys can be dropped from RINGLINK_ENCRYPTION_KEYS. Each column binds its AAD with the same builder its
// service seals with; a wrong AAD here would make reseal() refuse the row rather than re-bind it.
export type TResealCount = { scanned: number; resealed: number; failed: string[] };
export type TResealReport = Record<"trunks" | "iceServers" | "signingKeys", TResealCount>;

type TRow = { id: string; envelope: string };
type TColumn = {
  // The next batch of rows whose envelope is not under the primary kid yet, after `cursor` in id order.
  page: (o: { notPrefix: string; cursor: string | null; take: number }) => Promise<TRow[]>;
  aad: (id: string) => string;
  // Compare-and-swap: a secret replaced by an admin meanwhile is left alone (it is already under the primary).
  swap: (row: TRow, next: string) => Promise<number>;
};

const after = (cursor: string | null) => (cursor ? { gt: cursor } : undefined);

const COLUMNS: Record<keyof TResealReport, TColumn> = {
  trunks: {
    page: async ({ notPrefix, cursor, take }) =>
      (await db.trunk.findMany({
        where: { id: after(cursor), secretEnvelope: { not: null }, NOT: { secretEnvelope: { startsWith: notPrefix } } },
        select: { id: true, secretEnvelope: true },
        orderBy: { id: "asc" },
        take,
      })).map((r) => ({ id: r.id, envelope: r.secretEnvelope! })),
    aad: (id) => secretAad("Trunk", id),
    swap: async (row, next) => (await db.trunk.updateMany({ where: { id: row.id, secretEnvelope: row.envelope }, data: { secretEnvelope: next } })).count,
  },
  iceServers: {
    page: async ({ notPrefix, cursor, take }) =>
      (await db.iceServer.findMany({
        where: { id: after(cursor), secretEnvelope: { not: null }, NOT: { secretEnvelope: { startsWith: notPrefix } } },
        select: { id: true, secretEnvelope: true },
        orderBy: { id: "asc" },
        take,
      })).map((r) => ({ id: r.id, envelope: r.secretEnvelope! })),
    aad: (id) => secretAad("IceServer", id),
    swap: async (row, next) => (await db.iceServer.updateMany({ where: { id: row.id, secretEnvelope: row.envelope }, data: { secretEnvelope: next } })).count,
  },
  signingKeys: {
    page: async ({ notPrefix, cursor, take }) =>
      (await db.signingKey.findMany({
        where: { kid: after(cursor), NOT: { privateKeyEnvelope: { startsWith: notPrefix } } },
        select: { kid: true, privateKeyEnvelope: true },
        orderBy: { kid: "asc" },
        take,
      })).map((r) => ({ id: r.kid, envelope: r.privateKeyEnvelope })),
    aad: (kid) => signingKeyAad(kid),
    swap: async (row, next) => (await db.signingKey.updateMany({ where: { kid: row.id, privateKeyEnvelope: row.envelope }, data: { privateKeyEnvelope: next } })).count,
  },
};

async function resealColumn(column: TColumn, ring: TKeyRing, batchSize: number): Promise<TResealCount> {
  const count: TResealCount = { scanned: 0, resealed: 0, failed: [] };
  // Envelopes are "v1.<kid>.…": the prefix filter keeps already-rotated rows out of every batch.
  const notPrefix = `v1.${ring[0]!.kid}.`;
  let cursor: string | null = null;
  for (;;) {
    const rows = await column.page({ notPrefix, cursor, take: batchSize });
    if (rows.length === 0) return count;
    for (const row of rows) {
      count.scanned++;
      try {
        if (!needsRotation(row.envelope, ring)) continue;
        count.resealed += await column.swap(row, reseal(row.envelope, column.aad(row.id), ring));
      } catch {
        // Unknown key or tampered: report the row (never its content) and go on; the operator must not drop a key.
        count.failed.push(row.id);
      }
    }
    cursor = rows[rows.length - 1]!.id;
  }
}

export async function resealAll(o: { ring?: TKeyRing; batchSize?: number } = {}): Promise<TResealReport> {
  const ring = o.ring ?? envKeyRing();
  if (!ring[0]) throw new Error("The key ring is empty");
  const batchSize = o.batchSize ?? 200;
  return {
    trunks: await resealColumn(COLUMNS.trunks, ring, batchSize),
    iceServers: await resealColumn(COLUMNS.iceServers, ring, batchSize),
    signingKeys: await resealColumn(COLUMNS.signingKeys, ring, batchSize),
  };
}
