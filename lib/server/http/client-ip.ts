import "server-only";
import { env } from "@/lib/env";

type THeaders = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: THeaders, name: string) {
  if (typeof (h as { get?: unknown }).get === "function") return (h as { get(n: string): string | null }).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(",") : (v ?? null);
}

// `next start` appends the socket's peer address to X-Forwarded-For. Behind our own load balancer
// (RINGLINK_TRUST_PROXY) the first entry is the client; otherwise only the last, which Next added, can be trusted:
// anything before it was written by the client and is spoofable.
export function clientIp(h: THeaders): string {
  const parts = (header(h, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = env().RINGLINK_TRUST_PROXY ? parts[0] : parts[parts.length - 1];
  return (ip ?? header(h, "x-real-ip") ?? "unknown").replace(/^::ffff:/, "");
}

export function userAgent(h: THeaders): string | null {
  return header(h, "user-agent")?.slice(0, 300) ?? null;
}
