// coturn accepts TURN REST credentials minted with the lab's secret and refuses wrong or expired ones: a relay
// candidate appears, or does not, when Chromium allocates with them (relay-only gathering, no SIP involved).
import { expect, test } from "@playwright/test";
import { gatherCandidates, openLabPage } from "./browser";
import { mintTurnCredentials } from "./credentials";
import { labFromEnv, type TLabHandle } from "./lab";

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
