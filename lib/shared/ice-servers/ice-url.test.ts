import { describe, expect, test } from "vitest";
import { describeIceUrl, parseIceUrl } from "./ice-url";

const ok = (raw: string) => {
  const r = parseIceUrl(raw);
  if (!r.ok) throw new Error(`${raw}: ${r.message}`);
  return r.url;
};
const bad = (raw: string) => {
  const r = parseIceUrl(raw);
  expect(r.ok, raw).toBe(false);
  return r.ok ? "" : r.message;
};

describe("RFC 7064 stun URIs", () => {
  test("host, default ports per scheme", () => {
    expect(ok("stun:stun.example.org")).toMatchObject({ scheme: "stun", host: "stun.example.org", port: 3478, transport: null });
    expect(ok("stuns:stun.example.org")).toMatchObject({ scheme: "stuns", port: 5349 });
  });
  test("explicit port, IPv4 and bracketed IPv6 literals", () => {
    expect(ok("stun:192.0.2.1:19302")).toMatchObject({ host: "192.0.2.1", port: 19302, explicitPort: true });
    expect(ok("stun:[2001:db8::1]:3478")).toMatchObject({ host: "[2001:db8::1]", port: 3478 });
    expect(ok("STUN:Stun.Example.ORG")).toMatchObject({ scheme: "stun", host: "stun.example.org" });
  });
  test("stun takes no transport and no //", () => {
    expect(bad("stun:stun.example.org?transport=udp")).toMatch(/no \?transport/);
    expect(bad("stun://stun.example.org")).toMatch(/without "\/\/"/);
  });
});

describe("RFC 7065 turn URIs", () => {
  test("transport udp/tcp, case-insensitive", () => {
    expect(ok("turn:turn.example.org?transport=udp")).toMatchObject({ transport: "udp", port: 3478 });
    expect(ok("turn:turn.example.org:443?transport=TCP")).toMatchObject({ transport: "tcp", port: 443 });
    expect(ok("turns:turn.example.org:443?transport=tcp")).toMatchObject({ scheme: "turns", port: 443 });
    expect(ok("turns:turn.example.org")).toMatchObject({ port: 5349 });
  });
  test("describes what a browser will do", () => {
    expect(describeIceUrl(ok("turn:t.example.org"))).toBe("TURN over UDP");
    expect(describeIceUrl(ok("turn:t.example.org?transport=tcp"))).toBe("TURN over TCP");
    expect(describeIceUrl(ok("turns:t.example.org:443"))).toBe("TURN over TLS");
  });
  test.each([
    ["turn:turn.example.org?transport=sctp", /only query/],
    ["turn:turn.example.org?foo=bar", /only query/],
    ["turns:turn.example.org?transport=udp", /TLS on TCP/],
    ["turn:user:pass@turn.example.org", /credentials/],
    ["turn:turn.example.org/path", /no path/],
    ["turn:turn.example.org:0", /between 1 and 65535/],
    ["turn:turn.example.org:70000", /between 1 and 65535/],
    ["turn:turn.example.org:abc", /host or host:port/],
    ["turn:", /host or host:port/],
    ["turn:-bad-.example.org", /not a valid host/],
    ["turn:[::1", /host or host:port|not a valid host/],
    ["turn:[zz::1]", /not a valid host/],
    ["turn:2130706433", /not a valid host/],
    ["http://turn.example.org", /not a STUN\/TURN scheme/],
    ["turn.example.org:3478", /Start with/],
    ["", /Start with/],
  ])("%s is refused", (raw, message) => {
    expect(bad(raw)).toMatch(message);
  });
});
