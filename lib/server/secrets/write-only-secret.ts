import "server-only";
import { fieldAad, seal } from "@/lib/server/crypto/envelope";
import { isMaskedValue, secretHint } from "@/lib/shared/mask";

// The three columns every write-only secret keeps: the envelope, a hint for the UI, and when it last changed.
export type TSecretColumns = { secretEnvelope: string | null; secretLast4: string | null; secretChangedAt: Date | null };
export type TSecretChange = "set" | "replaced" | "cleared" | "unchanged";

// Empty or the masked placeholder we rendered means "keep what is stored". The secret is bound (AAD) to its table,
// row and column, so a ciphertext copied to another row does not open.
export function submittedSecret(value: string | undefined | null): string | null {
  if (!value || isMaskedValue(value)) return null;
  return value;
}

// The AAD of a write-only secret column; the re-seal job uses it too, so both bind the same way.
export function secretAad(table: string, id: string) {
  return fieldAad(table, id, "secretEnvelope");
}

export function sealSecret(o: { table: string; id: string; secret: string; now?: Date }): TSecretColumns {
  return {
    secretEnvelope: seal(o.secret, secretAad(o.table, o.id)),
    secretLast4: secretHint(o.secret),
    secretChangedAt: o.now ?? new Date(),
  };
}

export const CLEARED_SECRET: TSecretColumns = { secretEnvelope: null, secretLast4: null, secretChangedAt: null };
