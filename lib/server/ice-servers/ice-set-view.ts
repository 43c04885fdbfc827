import "server-only";
import { describeSecret, type TSecretDescription } from "@/lib/shared/mask";
import type { Prisma } from "@/lib/generated/prisma/client";

// The envelope is never selected: what a page or action returns cannot contain it.
export const ICE_SERVER_SELECT = {
  id: true,
  position: true,
  kind: true,
  urls: true,
  authMode: true,
  username: true,
  secretLast4: true,
  secretChangedAt: true,
  ttlSeconds: true,
} satisfies Prisma.IceServerSelect;

export const ICE_SET_SELECT = {
  id: true,
  name: true,
  relayOnly: true,
  createdAt: true,
  updatedAt: true,
  servers: { select: ICE_SERVER_SELECT, orderBy: { position: "asc" } },
} satisfies Prisma.IceServerSetSelect;

type TSetRow = Prisma.IceServerSetGetPayload<{ select: typeof ICE_SET_SELECT }>;
type TServerRow = TSetRow["servers"][number];

export type TIceServerView = Omit<TServerRow, "secretLast4" | "secretChangedAt"> & { secret: TSecretDescription };
export type TIceSetView = { id: string; name: string; relayOnly: boolean; createdAt: string; updatedAt: string; servers: TIceServerView[] };

export function toIceServerView(row: TServerRow): TIceServerView {
  const { secretLast4, secretChangedAt, ...rest } = row;
  return { ...rest, secret: describeSecret(secretLast4, secretChangedAt) };
}

export function toIceSetView(row: TSetRow): TIceSetView {
  return {
    id: row.id,
    name: row.name,
    relayOnly: row.relayOnly,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    servers: row.servers.map(toIceServerView),
  };
}
