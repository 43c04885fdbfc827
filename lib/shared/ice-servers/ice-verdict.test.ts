import { expect, test } from "vitest";
import { overallVerdict, verdictFor } from "./ice-verdict";

test("the issue's example sentence", () => {
  const tcp = verdictFor({ url: "turn:t.example.org?transport=tcp", firstMs: { host: 4, relay: 52 }, errors: [], timedOut: false }, 3000);
  const udp = verdictFor({ url: "turn:t.example.org?transport=udp", firstMs: { host: 4 }, errors: [], timedOut: true }, 3000);
  expect(tcp).toMatchObject({ ok: true, text: "TURN over TCP works (relay candidate in 52 ms)" });
  expect(overallVerdict([tcp, udp])).toBe("TURN over TCP works; UDP relay did not answer within 3 s.");
});

test("refused credentials are named as such", () => {
  const v = verdictFor({ url: "turns:t.example.org:443", firstMs: { host: 3 }, errors: [{ code: 401, text: "Unauthorized." }], timedOut: false }, 3000);
  expect(v).toMatchObject({ ok: false, text: "TURN over TLS: credentials refused (401 Unauthorized)" });
});

test("STUN: reflexive candidate means it works; none is explained honestly", () => {
  expect(verdictFor({ url: "stun:s.example.org", firstMs: { srflx: 30 }, errors: [], timedOut: false }, 3000).text).toBe("STUN works (reflexive candidate in 30 ms)");
  expect(verdictFor({ url: "stun:s.example.org", firstMs: { host: 2 }, errors: [], timedOut: false }, 3000)).toMatchObject({ ok: false, unclear: true, text: expect.stringMatching(/no NAT/) });
  expect(verdictFor({ url: "stun:s.example.org", firstMs: {}, errors: [], timedOut: true }, 2500).text).toBe("STUN did not answer within 2.5 s");
});

test("gathering that ends without a relay names the reason, or says the server was unreachable", () => {
  const base = { url: "turn:127.0.0.1:9?transport=tcp", firstMs: { host: 3 }, timedOut: false };
  expect(verdictFor({ ...base, errors: [] }, 3000).text).toBe("TURN over TCP: no relay candidate (the server could not be reached)");
  expect(verdictFor({ ...base, errors: [{ code: 701, text: "TURN host lookup received error." }] }, 3000).text).toBe(
    "TURN over TCP: no relay candidate (701 TURN host lookup received error)",
  );
});

test("a relay-only set is judged by its TURN servers alone", () => {
  const stun = verdictFor({ url: "stun:s.example.org", firstMs: { srflx: 30 }, errors: [], timedOut: false }, 3000);
  const tcp = verdictFor({ url: "turn:t.example.org?transport=tcp", firstMs: { relay: 52 }, errors: [], timedOut: false }, 3000);
  const udp = verdictFor({ url: "turn:t.example.org?transport=udp", firstMs: {}, errors: [], timedOut: true }, 3000);
  expect(overallVerdict([stun, tcp, udp], { relayOnly: true })).toBe("STUN works; TURN over TCP works; UDP relay did not answer within 3 s. Relay only: calls will go through TURN over TCP.");
  expect(overallVerdict([stun, udp], { relayOnly: true })).toBe(
    "Relay only, and no TURN server gave a relay candidate: calls through this set would fail. STUN works; UDP relay did not answer within 3 s.",
  );
  expect(overallVerdict([stun, udp])).toBe("STUN works; UDP relay did not answer within 3 s.");
});
