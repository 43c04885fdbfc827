import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { envKeyRing, type TKeyRing } from "./key-ring";

// Secrets at rest: `v1.<kid>.<base64url nonce>.<base64url ciphertext+tag>`, AES-256-GCM.
// A fresh random 96-bit nonce per seal; with at most ~2^32 seals per key the collision risk stays negligible.
const VERSION = "v1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const B64URL = /^[A-Za-z0-9_-]+$/;

export type TEnvelopeFailure = "malformed" | "unknown_key" | "decrypt_failed";

// Messages name the problem, never the plaintext, key or AAD: these errors end up in logs.
export class EnvelopeError extends Error {
  readonly reason: TEnvelopeFailure;
  constructor(reason: TEnvelopeFailure, message: string) {
    super(message);
    this.name = "EnvelopeError";
    this.reason = reason;
  }
}

// AAD for a column of a row: a ciphertext copied to another row or field no longer opens.
export function fieldAad(table: string, id: string, field: string) {
  return `${table}:${id}:${field}`;
}

function b64(value: string, what: string) {
  const buf = Buffer.from(value, "base64url");
  // Node's decoder skips bad characters silently; insisting on the canonical form makes every edit visible.
  if (!B64URL.test(value) || buf.toString("base64url") !== value) throw new EnvelopeError("malformed", `Envelope ${what} is not base64url`);
  return buf;
}

function parse(envelope: string) {
  const parts = envelope.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new EnvelopeError("malformed", `Not a ${VERSION} envelope`);
  const [, kid, nonce, body] = parts as [string, string, string, string];
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(kid)) throw new EnvelopeError("malformed", "Envelope key id is invalid");
  const iv = b64(nonce, "nonce");
  const sealed = b64(body, "ciphertext");
  if (iv.length !== NONCE_BYTES || sealed.length < TAG_BYTES) throw new EnvelopeError("malformed", "Envelope is truncated");
  return { kid, iv, ciphertext: sealed.subarray(0, -TAG_BYTES), tag: sealed.subarray(-TAG_BYTES) };
}

// The header goes into the AAD too, so the version and key id are authenticated with the ciphertext.
const fullAad = (kid: string, aad: string) => Buffer.from(`${VERSION}.${kid}|${aad}`, "utf8");

function requireAad(aad: string) {
  if (!aad) throw new EnvelopeError("malformed", "An AAD is required: bind the secret to its record and field");
}

export function seal(plaintext: string, aad: string, ring: TKeyRing = envKeyRing()): string {
  requireAad(aad);
  const primary = ring[0];
  if (!primary) throw new EnvelopeError("unknown_key", "The key ring is empty");
  const iv = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", primary.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(fullAad(primary.kid, aad));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, primary.kid, iv.toString("base64url"), body.toString("base64url")].join(".");
}

export function open(envelope: string, aad: string, ring: TKeyRing = envKeyRing()): string {
  requireAad(aad);
  const { kid, iv, ciphertext, tag } = parse(envelope);
  const entry = ring.find((k) => k.kid === kid);
  if (!entry) throw new EnvelopeError("unknown_key", `Envelope key "${kid}" is not in RINGLINK_ENCRYPTION_KEYS`);
  const decipher = createDecipheriv("aes-256-gcm", entry.key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(fullAad(kid, aad));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new EnvelopeError("decrypt_failed", "Envelope failed authentication (tampered, or bound to another record)");
  }
}

export function needsRotation(envelope: string, ring: TKeyRing = envKeyRing()): boolean {
  return parse(envelope).kid !== ring[0]?.kid;
}

// Re-encrypts under the primary key; opening first proves the envelope is intact and bound to this AAD.
export function reseal(envelope: string, aad: string, ring: TKeyRing = envKeyRing()): string {
  const plaintext = open(envelope, aad, ring);
  return needsRotation(envelope, ring) ? seal(plaintext, aad, ring) : envelope;
}
