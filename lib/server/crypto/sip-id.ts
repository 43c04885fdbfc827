import "server-only";
import { randomBytes } from "node:crypto";
import { SIP_DESTINATION } from "@/lib/shared/sip-destination";

// The id inside an ephemeral SIP username carries what the SBC must enforce, signed by the credential's HMAC:
//
//   sip-id      = "rl." destination "." max-seconds "." tag
//   destination = 1*32( ALPHA / DIGIT / "_" / "+" / "*" / "#" / "-" )
//   max-seconds = %x31-39 0*4DIGIT          ; 1..86400, no leading zero
//   tag         = 8*40( ALPHA / DIGIT )      ; the call id, or random
//
// Full SIP username: "<expiry>:rl.<destination>.<max-seconds>.<tag>", e.g. "1764000000:rl.+4930123456.1800.c7k2...".
// None of the parts can contain "." or ":", so a Kamailio config can split with
//   $(au{s.select,1,:}) -> the id, then $(var(id){s.select,1,.}) -> destination, {s.select,2,.} -> max seconds,
// or match the whole id with: ^rl\.([A-Za-z0-9_+*#-]{1,32})\.([1-9][0-9]{0,4})\.([A-Za-z0-9]{8,40})$
// and route ONLY to that destination, with a dialog timeout of max-seconds. "#" is not allowed unescaped in a SIP
// URI user part: put it into a Request-URI as %23.
const SIP_ID = /^rl\.([A-Za-z0-9_+*#-]{1,32})\.([1-9][0-9]{0,4})\.([A-Za-z0-9]{8,40})$/;
const TAG = /^[A-Za-z0-9]{8,40}$/;
export const MAX_CALL_SECONDS = 24 * 60 * 60;

export type TSipId = { destination: string; maxSeconds: number; tag: string };

export function buildSipId(o: { destination: string; maxSeconds: number; tag?: string }): string {
  if (!SIP_DESTINATION.test(o.destination)) {
    throw new Error("Destination must be 1-32 characters of A-Z a-z 0-9 _ + * # -");
  }
  if (!Number.isInteger(o.maxSeconds) || o.maxSeconds < 1 || o.maxSeconds > MAX_CALL_SECONDS) {
    throw new Error(`Max call duration must be a whole number of seconds between 1 and ${MAX_CALL_SECONDS}`);
  }
  const tag = o.tag ?? randomBytes(10).toString("hex");
  if (!TAG.test(tag)) throw new Error("SIP id tag must be 8-40 letters or digits");
  return `rl.${o.destination}.${o.maxSeconds}.${tag}`;
}

// Accepts a bare id or a full "<expiry>:<id>" username; null for anything outside the grammar.
export function parseSipId(value: string): TSipId | null {
  const id = /^[0-9]{1,12}:/.test(value) ? value.slice(value.indexOf(":") + 1) : value;
  const m = SIP_ID.exec(id);
  if (!m) return null;
  const maxSeconds = Number(m[2]);
  if (maxSeconds > MAX_CALL_SECONDS) return null;
  return { destination: m[1]!, maxSeconds, tag: m[3]! };
}
