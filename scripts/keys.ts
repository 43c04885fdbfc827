// `npm run keys`: fresh production secrets to paste into your environment (printed, never written anywhere).
import { randomBytes } from "node:crypto";
import { newEncryptionKey } from "./lib/dev-secrets";

const kid = `k${new Date().toISOString().slice(0, 7).replace("-", "")}`;
console.log(`NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}`);
console.log(`RINGLINK_ENCRYPTION_KEYS=${newEncryptionKey(kid)}`);
console.log(`# To rotate: put the new key FIRST and keep the old ones after it, comma-separated.`);
