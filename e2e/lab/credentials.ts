// Ephemeral credentials as Ringlink mints them, written independently here so the lab checks the SBC and coturn
// against the documented grammar rather than against the app's own code.
//   SIP:  username "<expiry>:rl.<destination>.<maxSeconds>.<tag>", password base64(HMAC(secret, username))
//   TURN: username "<expiry>:<label>", credential base64(HMAC-SHA1(secret, username)) (TURN REST draft)
import { createHmac, randomBytes } from "node:crypto";

export type THmacAlgorithm = "sha1" | "sha256";

export function hmacPassword(secret: string, username: string, algorithm: THmacAlgorithm = "sha1") {
  return createHmac(algorithm, secret).update(username).digest("base64");
}

export function mintSipCredentials(o: {
  secret: string;
  destination: string;
  maxSeconds: number;
  ttlSeconds?: number;
  tag?: string;
  algorithm?: THmacAlgorithm;
  nowSeconds?: number;
}) {
  const expiry = (o.nowSeconds ?? Math.floor(Date.now() / 1000)) + (o.ttlSeconds ?? 300);
  const id = `rl.${o.destination}.${o.maxSeconds}.${o.tag ?? randomBytes(8).toString("hex")}`;
  const username = `${expiry}:${id}`;
  return { id, username, password: hmacPassword(o.secret, username, o.algorithm), expiry };
}

export function mintTurnCredentials(o: { secret: string; ttlSeconds?: number; label?: string; nowSeconds?: number }) {
  const expiry = (o.nowSeconds ?? Math.floor(Date.now() / 1000)) + (o.ttlSeconds ?? 300);
  const username = `${expiry}:${o.label ?? "visitor"}`;
  return { username, credential: hmacPassword(o.secret, username, "sha1"), expiry };
}
