import "server-only";
import { describeSecret, type TSecretDescription } from "@/lib/shared/mask";
import type { TTrunkCheck } from "@/lib/shared/trunks/trunk-check";
import type { Prisma } from "@/lib/generated/prisma/client";

// Everything a trunk page may see. The envelope is never selected, so it cannot leak through a response by accident.
export const TRUNK_SELECT = {
  id: true,
  name: true,
  preset: true,
  wsUrl: true,
  sipDomain: true,
  authMode: true,
  hmacAlgorithm: true,
  secretLast4: true,
  secretChangedAt: true,
  staticUsername: true,
  displayNameTemplate: true,
  allowedHeaders: true,
  sendContextHeaders: true,
  lastCheckAt: true,
  lastCheckOk: true,
  lastCheckCode: true,
  lastCheckRttMs: true,
  lastCheckServer: true,
  lastCheckError: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.TrunkSelect;

type TRow = Prisma.TrunkGetPayload<{ select: typeof TRUNK_SELECT }>;


export type TTrunkView = Omit<TRow, "secretLast4" | "secretChangedAt" | "lastCheckAt" | "lastCheckOk" | "lastCheckCode" | "lastCheckRttMs" | "lastCheckServer" | "lastCheckError" | "createdAt" | "updatedAt"> & {
  secret: TSecretDescription;
  lastCheck: TTrunkCheck | null;
  createdAt: string;
  updatedAt: string;
};

export function toTrunkView(row: TRow): TTrunkView {
  const { secretLast4, secretChangedAt, lastCheckAt, lastCheckOk, lastCheckCode, lastCheckRttMs, lastCheckServer, lastCheckError, ...rest } = row;
  return {
    ...rest,
    secret: describeSecret(secretLast4, secretChangedAt),
    lastCheck: lastCheckAt
      ? { at: lastCheckAt.toISOString(), ok: Boolean(lastCheckOk), code: lastCheckCode, rttMs: lastCheckRttMs, server: lastCheckServer, error: lastCheckError }
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
