import { expect, test } from "vitest";
import { MASK } from "@/lib/shared/mask";
import { ZTrunkInput, type TTrunkInput } from "./trunk-schemas";

const base: TTrunkInput = {
  name: "Main office",
  preset: "RINGLINK_KAMAILIO",
  wsUrl: "wss://sbc.example.com:8443/ws",
  sipDomain: "pbx.example.com",
  authMode: "EPHEMERAL",
  hmacAlgorithm: "SHA1",
  secret: "a-shared-secret-of-24ch",
  allowedHeaders: [],
  sendContextHeaders: true,
};
const errors = (v: Partial<TTrunkInput>) => {
  const r = ZTrunkInput.safeParse({ ...base, ...v });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

test("a complete ephemeral trunk is valid", () => expect(errors({})).toEqual({}));

test("a short ephemeral secret is refused; the masked placeholder passes as 'keep'", () => {
  expect(errors({ secret: "short" })).toHaveProperty("secret");
  expect(errors({ secret: `${MASK}abcd` })).toEqual({});
  expect(errors({ secret: "" })).toEqual({});
});

test("static mode needs a SIP username and an 8+ character password", () => {
  expect(errors({ authMode: "STATIC", secret: "pw" })).toMatchObject({ staticUsername: expect.any(String), secret: expect.any(String) });
  expect(errors({ authMode: "STATIC", staticUsername: "web<1>", secret: "password1" })).toHaveProperty("staticUsername");
  expect(errors({ authMode: "STATIC", staticUsername: "webcall-100", secret: "password1" })).toEqual({});
});

test("ws:// to a public host is refused, to loopback accepted", () => {
  expect(errors({ wsUrl: "ws://sbc.example.com" })).toHaveProperty("wsUrl");
  expect(errors({ wsUrl: "ws://127.0.0.1:5066" })).toEqual({});
});

test("SIP domain, headers and the display-name template are constrained (no header injection)", () => {
  expect(errors({ sipDomain: "pbx.example.com;transport=tcp" })).toHaveProperty("sipDomain");
  expect(errors({ sipDomain: "10.0.0.5:5060" })).toEqual({});
  expect(errors({ allowedHeaders: ["Route"] })).toHaveProperty("allowedHeaders.0");
  expect(errors({ allowedHeaders: ["X-Campaign", "X-Page"] })).toEqual({});
  expect(errors({ displayNameTemplate: "Web: {name}" })).toEqual({});
  expect(errors({ displayNameTemplate: "{secret}" })).toHaveProperty("displayNameTemplate");
  expect(errors({ displayNameTemplate: 'x"\r\nVia: evil' })).toHaveProperty("displayNameTemplate");
});
