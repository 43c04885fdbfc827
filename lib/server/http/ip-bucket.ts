import "server-only";
import { isIPv6 } from "node:net";

// The unit a per-IP limit counts. One IPv4 address is one client, but an IPv6 client usually holds a whole /64
// (often more) and can rotate through it freely: counting single IPv6 addresses would make a per-IP limit useless.
export function ipBucket(ip: string): string {
  const bare = ip.trim().toLowerCase().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIPv6(bare)) return bare;
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/.test(bare)) return bare.slice(7);
  const [head = "", tail = ""] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = bare.includes("::") ? (tail ? tail.split(":") : []) : [];
  // An embedded IPv4 tail (a:b::1.2.3.4) takes two groups; it never affects the first four.
  const rightGroups = right.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const groups = bare.includes("::") ? [...left, ...Array(8 - left.length - rightGroups).fill("0")] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
