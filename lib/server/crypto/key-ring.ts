import "server-only";
import { env } from "@/lib/env";

// The data-encryption keys, newest first: the first seals, every one of them still opens what it sealed.
export type TKeyRing = readonly { kid: string; key: Buffer }[];

export function envKeyRing(): TKeyRing {
  return env().RINGLINK_ENCRYPTION_KEYS;
}
