import { test, expect } from "vitest";
import { ipBucket } from "./ip-bucket";

test("an IPv4 address is its own bucket", () => {
  expect(ipBucket("203.0.113.7")).toBe("203.0.113.7");
  expect(ipBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
});

test("IPv6 addresses in one /64 share a bucket, whatever their spelling", () => {
  const b = "2001:db8:1:2::/64";
  expect(ipBucket("2001:db8:1:2::1")).toBe(b);
  expect(ipBucket("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe(b);
  expect(ipBucket("2001:DB8:1:2:a:b:c:d")).toBe(b);
  expect(ipBucket("[2001:db8:1:2::9]")).toBe(b);
  expect(ipBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  expect(ipBucket("2001:db8:1:3::1")).not.toBe(b);
  expect(ipBucket("2001:db8::")).toBe("2001:db8:0:0::/64");
  expect(ipBucket("::1")).toBe("0:0:0:0::/64");
  expect(ipBucket("2001:db8:1:2::1.2.3.4")).toBe(b);
});

test("anything else passes through unchanged", () => {
  expect(ipBucket("unknown")).toBe("unknown");
});
