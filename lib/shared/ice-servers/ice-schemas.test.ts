import { expect, test } from "vitest";
import { RELAY_ONLY_NEEDS_TURN, ZIceSetInput, type TIceServerInput } from "./ice-schemas";

const stun: TIceServerInput = { kind: "STUN", urls: ["stun:stun.example.org"], authMode: "NONE", ttlSeconds: 3600 };
const turn: TIceServerInput = {
  kind: "TURN",
  urls: ["turn:turn.example.org?transport=udp", "turns:turn.example.org:443"],
  authMode: "REST",
  secret: "coturn-static-auth-secret",
  ttlSeconds: 600,
};
const errors = (servers: TIceServerInput[], name = "Default", relayOnly = false) => {
  const r = ZIceSetInput.safeParse({ name, relayOnly, servers });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

test("a STUN + REST TURN set is valid", () => expect(errors([stun, turn])).toEqual({}));

test("kinds and schemes must agree", () => {
  expect(errors([{ ...stun, urls: ["turn:t.example.org"] }])).toHaveProperty("servers.0.urls");
  expect(errors([{ ...turn, urls: ["stun:t.example.org"] }])).toHaveProperty("servers.0.urls");
});

test("bad URL syntax is reported on the URL with its text", () => {
  expect(errors([{ ...stun, urls: ["stun://x.example.org"] }])["servers.0.urls.0"]).toMatch(/stun:\/\/x.example.org: Write stun:host/);
});

test("TURN needs credentials; STUN has none", () => {
  expect(errors([{ ...turn, authMode: "NONE" }])).toHaveProperty("servers.0.authMode");
  expect(errors([{ ...stun, authMode: "REST" }])).toHaveProperty("servers.0.authMode");
  expect(errors([{ ...turn, authMode: "STATIC", username: undefined }])).toHaveProperty("servers.0.username");
  expect(errors([{ ...turn, secret: "short" }])).toHaveProperty("servers.0.secret");
});

test("TTL bounds and list sizes", () => {
  expect(errors([{ ...turn, ttlSeconds: 10 }])).toHaveProperty("servers.0.ttlSeconds");
  expect(errors([{ ...turn, ttlSeconds: 100_000 }])).toHaveProperty("servers.0.ttlSeconds");
  expect(errors([])).toHaveProperty("servers");
  expect(errors([stun], " ")).toHaveProperty("name");
});

test("relay only needs a TURN server, and the flag must be sent", () => {
  expect(errors([stun, turn], "Default", true)).toEqual({});
  expect(errors([turn], "Default", true)).toEqual({});
  expect(errors([stun], "Default", true)).toEqual({ relayOnly: RELAY_ONLY_NEEDS_TURN });
  expect(errors([stun, { ...stun, urls: ["stuns:stun.example.org"] }], "Default", true)).toHaveProperty("relayOnly");
  const missing = ZIceSetInput.safeParse({ name: "Default", servers: [stun, turn] });
  expect(missing.success ? [] : missing.error.issues.map((i) => i.path.join("."))).toEqual(["relayOnly"]);
});
