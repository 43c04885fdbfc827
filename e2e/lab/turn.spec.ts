// coturn accepts TURN REST credentials minted with the lab's secret and refuses wrong or expired ones: a relay
// candidate appears, or does not, when Chromium allocates with them (relay-only gathering, no SIP involved).
// And it is no open relay: the production deny list (which the lab config reuses) refuses private peers.
import { expect, test } from "@playwright/test";
import { gatherCandidates, openLabPage } from "./browser";
import { mintTurnCredentials } from "./credentials";
import { labFromEnv, type TLabHandle } from "./lab";
import { turnPermissions } from "./turn-client";

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());
test.beforeEach(async ({ page }) => openLabPage(page, lab));

const cases = [
  { name: "minted with the TURN secret", secret: () => lab.turnSecret, ttlSeconds: 300, relay: true },
  { name: "signed with a wrong secret", secret: () => "not-the-turn-secret", ttlSeconds: 300, relay: false },
  { name: "expired", secret: () => lab.turnSecret, ttlSeconds: -60, relay: false },
];

for (const c of cases) {
  test(`TURN credentials ${c.name}: relay candidate ${c.relay ? "present" : "absent"}`, async ({ page }) => {
    const turn = mintTurnCredentials({ secret: c.secret(), ttlSeconds: c.ttlSeconds });
    const started = Date.now();
    const result = await gatherCandidates(page, {
      iceServers: [{ urls: lab.turnUrl, username: turn.username, credential: turn.credential }],
      relayOnly: true,
      timeoutMs: 15_000,
    });
    console.log(`TURN ${c.name}: candidates [${result.types.join(",")}], errors [${result.errors.join(",")}], ${Date.now() - started} ms`);
    expect(result.types.includes("relay")).toBe(c.relay);
    if (!c.relay) expect(result.types).toEqual([]);
  });
}

test("coturn refuses to relay to private, link-local, metadata and 0.0.0.0 peers (CVE-2020-26262)", async () => {
  const turn = mintTurnCredentials({ secret: lab.turnSecret });
  const port = Number(new URL(lab.turnUrl.replace(/^turn:/, "turn://")).port);
  const denied = ["0.0.0.0", "10.0.0.1", "100.64.0.1", "169.254.169.254", "172.16.0.1", "192.168.1.1", "224.0.0.1"];
  const result = await turnPermissions({ port, username: turn.username, credential: turn.credential, peers: [...denied, "127.0.0.1"] });
  expect(result.allocated).toBe(true);
  for (const peer of denied) expect(result.permissions[peer], peer).toBe(403);
  // Loopback is allowed in the lab only (allow-loopback-peers, to reach rtpengine): proves the probe can pass.
  expect(result.permissions["127.0.0.1"]).toBe("ok");
});

test("a TURN allocation with a wrong credential is refused with 401", async () => {
  const turn = mintTurnCredentials({ secret: "not-the-turn-secret" });
  const port = Number(new URL(lab.turnUrl.replace(/^turn:/, "turn://")).port);
  const result = await turnPermissions({ port, username: turn.username, credential: turn.credential, peers: [] });
  expect(result).toMatchObject({ allocated: false, allocateError: 401 });
});
