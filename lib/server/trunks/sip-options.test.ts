import { expect, test } from "vitest";
import { buildOptions, parseSipResponse, serverName } from "./sip-options";

test("OPTIONS is well-formed for SIP over WebSocket", () => {
  const r = buildOptions({ sipDomain: "pbx.example.com", secure: true });
  const [start, ...rest] = r.text.split("\r\n");
  expect(start).toBe("OPTIONS sip:pbx.example.com SIP/2.0");
  expect(r.text.endsWith("Content-Length: 0\r\n\r\n")).toBe(true);
  const via = rest.find((l) => l.startsWith("Via:"))!;
  expect(via).toMatch(/^Via: SIP\/2\.0\/WSS [0-9a-f]+\.invalid;branch=z9hG4bK[0-9a-f]{16};rport$/);
  for (const h of ["Max-Forwards: 70", "CSeq: 1 OPTIONS", `Call-ID: ${r.callId}`, "To: <sip:pbx.example.com>"]) expect(rest).toContain(h);
  expect(rest.some((l) => /^From: <sip:ringlink-check@pbx\.example\.com>;tag=[0-9a-f]+$/.test(l))).toBe(true);
  expect(buildOptions({ sipDomain: "x", secure: false }).text).toMatch(/Via: SIP\/2\.0\/WS /);
  expect(buildOptions({ sipDomain: "x", secure: false }).branch).not.toBe(r.branch);
});

test("responses are parsed with compact headers; anything else is not SIP", () => {
  const res = parseSipResponse("SIP/2.0 200 OK\r\ni: abc@x\r\nServer: kamailio (5.6.3 (x86_64/linux))\r\nl: 0\r\n\r\n");
  expect(res).toMatchObject({ code: 200, reason: "OK" });
  expect(res!.headers.get("call-id")).toBe("abc@x");
  expect(serverName(res!)).toBe("kamailio (5.6.3 (x86_64/linux))");
  expect(parseSipResponse("HTTP/1.1 200 OK\r\n\r\n")).toBeNull();
  expect(parseSipResponse("hello")).toBeNull();
  expect(parseSipResponse("OPTIONS sip:x SIP/2.0\r\n\r\n")).toBeNull();
});
