import "server-only";
import type { TRateLimit } from "@/lib/server/rate-limit/hit-rate-limit";
import { ipBucket } from "@/lib/server/http/ip-bucket";

// Failed attempts only. Per account (whether or not it exists: the limit itself must not reveal that) and per IP.
const WINDOW = 15 * 60;
export const accountLimit = (email: string): TRateLimit => ({ key: `signin:acct:${email}`, limit: 10, windowSeconds: WINDOW });
export const ipLimit = (ip: string): TRateLimit => ({ key: `signin:ip:${ipBucket(ip)}`, limit: 50, windowSeconds: WINDOW });
