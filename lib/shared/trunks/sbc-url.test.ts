import { expect, test } from "vitest";
import { isDevHost, parseSbcUrl } from "./sbc-url";

test("wss:// is accepted with port and path", () => {
  const r = parseSbcUrl("wss://sbc.example.com:8443/ws");
  expect(r).toMatchObject({ ok: true, insecure: false });
});

test("ws:// is accepted only for loopback and reserved development names, flagged insecure", () => {
  for (const u of ["ws://127.0.0.1:5066", "ws://localhost:8080/ws", "ws://[::1]:5066", "ws://sbc.localhost", "ws://pbx.test"]) {
    expect(parseSbcUrl(u), u).toMatchObject({ ok: true, insecure: true });
  }
  const r = parseSbcUrl("ws://sbc.example.com/ws");
  expect(r.ok).toBe(false);
  expect(r.ok ? "" : r.message).toMatch(/wss:\/\//);
});

test.each(["https://sbc.example.com", "sip:sbc.example.com", "wss://user:pw@sbc.example.com", "wss://sbc.example.com/?a=1", "wss://sbc.example.com/#x", "not a url", "wss://"])(
  "%s is refused",
  (u) => expect(parseSbcUrl(u).ok).toBe(false),
);

test("dev hosts", () => {
  expect(isDevHost("127.8.9.10")).toBe(true);
  expect(isDevHost("example.com")).toBe(false);
  expect(isDevHost("localhost.example.com")).toBe(false);
  expect(isDevHost("10.0.0.1")).toBe(false);
});
