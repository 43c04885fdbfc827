import { describe, expect, test } from "vitest";
import { classifyIp, isAllowedTarget } from "./classify-address";
import { resolveTarget, TargetError } from "./resolve-target";

describe("classifyIp", () => {
  test.each([
    ["127.0.0.1", "loopback"],
    ["127.255.1.2", "loopback"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["64:ff9b::7f00:1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["::ffff:10.0.0.1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["169.254.169.254", "metadata"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["ff02::1", "reserved"],
    ["8.8.8.8", "public"],
    ["172.32.0.1", "public"],
    ["2a00:1450:4001::200e", "public"],
    ["::ffff:8.8.8.8", "public"],
  ])("%s is %s", (ip, cls) => {
    expect(classifyIp(ip)).toBe(cls);
  });

  test("policy: private kinds follow the setting; metadata, unspecified and reserved never pass", () => {
    expect(isAllowedTarget("public", false)).toBe(true);
    for (const c of ["loopback", "private", "link-local"] as const) {
      expect(isAllowedTarget(c, false)).toBe(false);
      expect(isAllowedTarget(c, true)).toBe(true);
    }
    for (const c of ["metadata", "unspecified", "reserved"] as const) expect(isAllowedTarget(c, true)).toBe(false);
  });
});

describe("resolveTarget on URL-normalized hosts", () => {
  // WHATWG URL parsing is what turns the disguised IPv4 forms into dotted quads before we judge them.
  const host = (u: string) => new URL(u).hostname;
  test.each(["ws://2130706433/", "ws://0x7f000001/", "ws://0177.0.0.1/", "ws://0x7f.1/", "ws://127.1/", "ws://[::1]/", "ws://[::ffff:127.0.0.1]/", "ws://0/"])(
    "%s is refused when private targets are off",
    async (u) => {
      const err = await resolveTarget(host(u), { allowPrivate: false, lookup: async () => [] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TargetError);
      expect((err as TargetError).kind).toBe("blocked");
    },
  );

  test("a name is judged by every address it resolves to", async () => {
    const lookup = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    await expect(resolveTarget("mixed.example", { allowPrivate: false, lookup })).rejects.toThrow(/10\.0\.0\.5, a private network address/);
    await expect(resolveTarget("mixed.example", { allowPrivate: true, lookup })).resolves.toMatchObject({ address: "93.184.216.34" });
  });

  test("metadata stays refused with private targets allowed", async () => {
    const lookup = async () => [{ address: "169.254.169.254", family: 4 }];
    await expect(resolveTarget("meta.example", { allowPrivate: true, lookup })).rejects.toThrow(/cloud metadata/);
  });

  test("DNS failure is reported as such", async () => {
    const lookup = async () => {
      throw Object.assign(new Error("nope"), { code: "ENOTFOUND" });
    };
    const err = (await resolveTarget("nx.example", { allowPrivate: true, lookup }).catch((e: unknown) => e)) as TargetError;
    expect(err.kind).toBe("dns");
    expect(err.message).toMatch(/DNS lookup for nx.example failed \(ENOTFOUND\)/);
  });
});
