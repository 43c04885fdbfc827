import "server-only";
import { BlockList, isIP } from "node:net";

// Where an IP address points, for SSRF decisions on admin-supplied URLs (SBC check, later webhooks).
export type TAddressClass = "public" | "loopback" | "private" | "link-local" | "metadata" | "unspecified" | "reserved";

type TRule = [TAddressClass, string, number, "ipv4" | "ipv6"];

// Order matters: the first matching rule wins (metadata before link-local, specific before general).
const RULES: TRule[] = [
  ["metadata", "169.254.169.254", 32, "ipv4"], // AWS, GCP, Azure, OpenStack
  ["metadata", "169.254.170.2", 32, "ipv4"], // AWS ECS task metadata
  ["metadata", "100.100.100.200", 32, "ipv4"], // Alibaba Cloud
  ["metadata", "fd00:ec2::254", 128, "ipv6"], // AWS over IPv6
  ["unspecified", "0.0.0.0", 8, "ipv4"], // 0.0.0.0 reaches the local host on Linux (CVE-2020-26262)
  ["unspecified", "::", 128, "ipv6"],
  ["loopback", "127.0.0.0", 8, "ipv4"],
  ["loopback", "::1", 128, "ipv6"],
  ["private", "10.0.0.0", 8, "ipv4"],
  ["private", "172.16.0.0", 12, "ipv4"],
  ["private", "192.168.0.0", 16, "ipv4"],
  ["private", "100.64.0.0", 10, "ipv4"], // carrier-grade NAT
  ["private", "198.18.0.0", 15, "ipv4"], // benchmarking
  ["private", "fc00::", 7, "ipv6"], // unique local
  ["link-local", "169.254.0.0", 16, "ipv4"],
  ["link-local", "fe80::", 10, "ipv6"],
  ["reserved", "192.0.0.0", 24, "ipv4"],
  ["reserved", "192.0.2.0", 24, "ipv4"],
  ["reserved", "198.51.100.0", 24, "ipv4"],
  ["reserved", "203.0.113.0", 24, "ipv4"],
  ["reserved", "224.0.0.0", 4, "ipv4"], // multicast
  ["reserved", "240.0.0.0", 4, "ipv4"], // future use + broadcast
  ["reserved", "ff00::", 8, "ipv6"],
  ["reserved", "2001:db8::", 32, "ipv6"],
  ["reserved", "100::", 64, "ipv6"], // discard-only
];

const LISTS = RULES.map(([cls, net, prefix, type]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, type);
  return { cls, list, type };
});

// IPv6 forms that carry an IPv4 address: the IPv4 inside decides (::ffff:127.0.0.1 is loopback).
function embeddedIpv4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:(?:0:)?|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:(?:0:)?|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1]!, 16);
    const lo = parseInt(hex[2]!, 16);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return null;
}

export function classifyIp(ip: string): TAddressClass {
  const bare = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) throw new Error("not an IP address");
  const v4 = family === 6 ? embeddedIpv4(bare) : bare;
  const [addr, type] = v4 ? [v4, "ipv4" as const] : [bare, "ipv6" as const];
  for (const { cls, list, type: t } of LISTS) {
    if (t === type && list.check(addr, type)) return cls;
  }
  return "public";
}

// Metadata, unspecified and reserved addresses are never a PBX: refused even when private targets are allowed.
export function isAllowedTarget(cls: TAddressClass, allowPrivate: boolean): boolean {
  if (cls === "public") return true;
  if (cls === "loopback" || cls === "private" || cls === "link-local") return allowPrivate;
  return false;
}

export const ADDRESS_CLASS_LABEL: Record<TAddressClass, string> = {
  public: "a public address",
  loopback: "a loopback address",
  private: "a private network address",
  "link-local": "a link-local address",
  metadata: "a cloud metadata address",
  unspecified: "an unspecified address (0.0.0.0 / ::)",
  reserved: "a reserved or multicast address",
};
