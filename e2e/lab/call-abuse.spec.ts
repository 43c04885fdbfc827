// Abuse cases against the real app and the real SBC: a minted credential is good for one destination only, and a
// call token works once, within its lifetime.
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { TCallTicket } from "../../lib/shared/call-schemas";
import { openLabPage, placeCall } from "./browser";
import { labFromEnv, type TLabHandle } from "./lab";
import { issueCallToken } from "../../lib/server/calls/call-token";
import { createLabWidget } from "./lab-seed";

test.use({ ignoreHTTPSErrors: true });
test.skip(!process.env.RINGLINK_BASE_URL, "needs the app: run through npm test -- lab");

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

const base = () => process.env.RINGLINK_BASE_URL!;

async function mint(request: APIRequestContext, publicId: string) {
  const res = await request.post(`${base()}/api/v1/widgets/${publicId}/calls`, { headers: { origin: base() }, data: { formAnswers: {} } });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as TCallTicket;
}

const report = (request: APIRequestContext, callId: string, auth: string, data: unknown) =>
  request.post(`${base()}/api/v1/calls/${callId}/events`, { headers: { authorization: auth }, data });

test("tampering: a credential minted for the agent's extension calling another number gets 403 at the SBC, no call", async ({ request, page }) => {
  const { widget } = await createLabWidget(lab);
  const ticket = await mint(request, widget.publicId);
  expect(ticket.sbc.target).toBe(`sip:${lab.agent.extension}@${lab.realm}`);
  await openLabPage(page, lab);
  const callsBefore = lab.agent.client.incomingCalls();
  const sip = ticket.sip!;
  const result = await placeCall(page, {
    wsUrl: ticket.sbc.wsUrl,
    target: `sip:900123456@${lab.realm}`,
    fromId: sip.fromUser,
    realm: lab.realm,
    username: sip.authorizationUsername,
    password: sip.authorizationPassword,
    iceServers: [],
  });
  expect(result.code).toBe(403);
  expect(result.outcome).not.toBe("established");
  expect(lab.agent.client.incomingCalls()).toBe(callsBefore);
  // The same credential to the minted destination does work: the 403 above is the destination rule, not bad auth.
  const ok = await placeCall(page, { wsUrl: ticket.sbc.wsUrl, target: ticket.sbc.target, fromId: sip.fromUser, realm: lab.realm, username: sip.authorizationUsername, password: sip.authorizationPassword, iceServers: [] });
  expect(ok.outcome).toBe("established");
  await page.evaluate(() => (window as unknown as { ringlinkLab: { hangup: () => Promise<void> } }).ringlinkLab.hangup());
});

test("a call token works once: the replay is refused, as is a token for another call or none at all", async ({ request }) => {
  const { widget } = await createLabWidget(lab);
  const ticket = await mint(request, widget.publicId);
  const first = await report(request, ticket.callId, `Bearer ${ticket.token}`, { type: "connecting" });
  expect(first.status()).toBe(200);
  expect((await first.json()).eventKey).toEqual(expect.any(String));
  const replays = await Promise.all(Array.from({ length: 5 }, () => report(request, ticket.callId, `Bearer ${ticket.token}`, { type: "connecting" })));
  for (const r of replays) {
    expect(r.status()).toBe(401);
    expect((await r.json()).error.details.reason).toBe("used");
  }
  const other = await mint(request, widget.publicId);
  const crossed = await report(request, other.callId, `Bearer ${ticket.token}`, { type: "connecting" });
  expect(crossed.status()).toBe(401);
  expect((await report(request, other.callId, "", { type: "connecting" })).status()).toBe(401);
  const tampered = ticket.token.slice(0, -4) + (ticket.token.endsWith("AAAA") ? "BBBB" : "AAAA");
  expect((await report(request, other.callId, `Bearer ${tampered}`, { type: "connecting" })).status()).toBe(401);
});

test("an expired call token is refused, and the call it named stays unused", async ({ request }) => {
  const { widget } = await createLabWidget(lab);
  const ticket = await mint(request, widget.publicId);
  // Signed with the app's own current key (shared through the database), but six minutes ago: past its 5 min life.
  const old = await issueCallToken({ organizationId: widget.organizationId, widgetId: widget.id, destination: widget.destination, callId: ticket.callId, jti: `expired-${ticket.callId}`, now: new Date(Date.now() - 6 * 60_000) });
  const res = await report(request, ticket.callId, `Bearer ${old.token}`, { type: "connecting" });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.details.reason).toBe("expired");
  // The fresh token of the same call still works once: the refusal changed nothing.
  expect((await report(request, ticket.callId, `Bearer ${ticket.token}`, { type: "connecting" })).status()).toBe(200);
});
