import "server-only";
import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { db, type TTx } from "@/lib/db";
import { open, seal } from "./envelope";
import { RETIRED_KEY_PUBLISHED_SECONDS, SIGNER_CACHE_SECONDS } from "./token-policy";

// ES256 key pairs for call tokens, shared by every app instance through the SigningKey table.
// Caches here only save queries: every decision that matters (which keys verify) is re-read from the database
// when the cache cannot answer it.
const ALG = "ES256";
// Exported for the re-seal job (key rotation), which must bind exactly as sealing does.
export const signingKeyAad = (kid: string) => `signing_key:${kid}:private`;

export type TSigner = { kid: string; privateKey: CryptoKey };
type TPublicKey = { kid: string; jwk: JWK; retiredAt: Date | null; key?: CryptoKey };

let signer: { value: TSigner; until: number } | undefined;
let published: { keys: TPublicKey[]; loadedAt: number } | undefined;

export function clearSigningKeyCache() {
  signer = undefined;
  published = undefined;
}

// Serializes key creation across instances: without it, two instances starting on an empty table both insert.
async function lockKeys(tx: TTx) {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('ringlink:signing-keys'))`;
}

async function insertKey(tx: TTx) {
  const kid = randomBytes(12).toString("base64url");
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: "sig" };
  const privateKeyEnvelope = seal(JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: ALG }), signingKeyAad(kid));
  return tx.signingKey.create({ data: { kid, algorithm: ALG, publicJwk, privateKeyEnvelope } });
}

const newestActive = (tx: TTx) => tx.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } });

// Uncached: the newest active key, created under the lock if there is none (first use).
export async function loadOrCreateSigningKey(): Promise<TSigner> {
  const row =
    (await newestActive(db)) ??
    (await db.$transaction(async (tx) => {
      await lockKeys(tx);
      return (await newestActive(tx)) ?? insertKey(tx);
    }));
  const privateKey = await importJWK(JSON.parse(open(row.privateKeyEnvelope, signingKeyAad(row.kid))) as JWK, ALG);
  return { kid: row.kid, privateKey: privateKey as CryptoKey };
}

export async function currentSigningKey(now = Date.now()): Promise<TSigner> {
  if (signer && signer.until > now) return signer.value;
  const value = await loadOrCreateSigningKey();
  signer = { value, until: now + SIGNER_CACHE_SECONDS * 1000 };
  return value;
}

// New current key; the old ones are retired but stay published for RETIRED_KEY_PUBLISHED_SECONDS.
export async function rotateSigningKey(now = new Date()): Promise<{ kid: string; retired: string[] }> {
  const result = await db.$transaction(async (tx) => {
    await lockKeys(tx);
    const old = await tx.signingKey.findMany({ where: { retiredAt: null }, select: { kid: true } });
    await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
    const row = await insertKey(tx);
    return { kid: row.kid, retired: old.map((k) => k.kid) };
  });
  clearSigningKeyCache();
  return result;
}

const isPublished = (k: TPublicKey, now: number) => !k.retiredAt || k.retiredAt.getTime() > now - RETIRED_KEY_PUBLISHED_SECONDS * 1000;

async function loadPublished(now: number) {
  const since = new Date(now - RETIRED_KEY_PUBLISHED_SECONDS * 1000);
  const rows = await db.signingKey.findMany({
    where: { OR: [{ retiredAt: null }, { retiredAt: { gt: since } }] },
    orderBy: { createdAt: "desc" },
    select: { kid: true, publicJwk: true, retiredAt: true },
  });
  published = { keys: rows.map((r) => ({ kid: r.kid, jwk: r.publicJwk as JWK, retiredAt: r.retiredAt })), loadedAt: now };
  return published.keys;
}

// The JWKS: the current key (created on first use) and retired keys still inside their grace period.
export async function publishedKeys(now = Date.now()): Promise<{ keys: JWK[] }> {
  await currentSigningKey(now);
  const keys = await loadPublished(now);
  return { keys: keys.filter((k) => isPublished(k, now)).map((k) => k.jwk) };
}

// A kid we have not seen may come from a rotation on another instance: re-read, but at most once a second,
// so tokens with made-up kids cannot turn every request into a query.
export async function publicKeyFor(kid: string, now = Date.now()): Promise<CryptoKey | null> {
  const fresh = published && published.loadedAt > now - SIGNER_CACHE_SECONDS * 1000;
  let keys = fresh ? published!.keys : await loadPublished(now);
  if (!keys.some((k) => k.kid === kid) && (published?.loadedAt ?? 0) < now - 1000) keys = await loadPublished(now);
  const entry = keys.find((k) => k.kid === kid && isPublished(k, now));
  if (!entry) return null;
  entry.key ??= (await importJWK(entry.jwk, ALG)) as CryptoKey;
  return entry.key;
}
