// Write-only secret fields (PBX passwords, TURN secrets): the UI never receives the secret, only a description.
// A form shows MASK + last four characters in the input; when that exact placeholder comes back, nothing changed.
export const MASK = "••••••••";

// Below this length, four characters are too much of the secret to show.
const MIN_LENGTH_FOR_HINT = 12;

export type TSecretDescription = { isSet: boolean; masked: string; summary: string };

// What to store next to the envelope so the UI can describe the secret without opening it.
export function secretHint(secret: string): string | null {
  return secret.length >= MIN_LENGTH_FOR_HINT ? secret.slice(-4) : null;
}

export function maskedValue(last4: string | null | undefined): string {
  return `${MASK}${last4 ?? ""}`;
}

// True when a submitted value is the placeholder we rendered: the caller keeps the stored secret.
export function isMaskedValue(value: unknown): boolean {
  return typeof value === "string" && value.startsWith(MASK) && value.length <= MASK.length + 4;
}

export function describeSecret(last4: string | null | undefined, changedAt: Date | string | null | undefined): TSecretDescription {
  if (!changedAt) return { isSet: false, masked: "", summary: "Not set" };
  // ISO date, not the server's locale or time zone: the same text on every instance and in every test.
  const day = new Date(changedAt).toISOString().slice(0, 10);
  const ends = last4 ? `, ends in ${last4}` : "";
  return { isSet: true, masked: maskedValue(last4), summary: `Set${ends}, changed on ${day}` };
}
