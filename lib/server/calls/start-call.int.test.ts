import { createHmac } from "node:crypto";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { createCallableWidget } from "@/prisma/call-factories";
import { createOrganization } from "@/prisma/factories";
import { startCall, type TStartCallRequest } from "./start-call";

const OWN = "https://app.ringlink.test";
let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq % 250}-${Math.random()}`;
const req = (publicId: string, over: Partial<TStartCallRequest> = {}): TStartCallRequest => ({
  publicId,
  input: { formAnswers: {}, pageUrl: "https://shop.example/pricing?utm_source=ads&utm_campaign=nov" },
  requestOrigin: OWN,
  ownOrigin: OWN,
  ip: freshIp(),
  userAgent: "vitest",
  ...over,
});

async function refusal(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return { status: (err as AppError).status, reason: (err as AppError).details?.reason };
}

async function setup(opts: Parameters<typeof createCallableWidget>[2] = {}) {
  const org = await createOrganization(db);
  return { org, ...(await createCallableWidget(db, org.id, opts)) };
}

test("a hosted-link call gets a ticket bound to its destination, with fresh credentials and no stored secret", async () => {
  const { widget, trunkSecret } = await setup({
    iceServers: [{ kind: "STUN", urls: ["stun:127.0.0.1:3478"] }, { kind: "TURN", urls: ["turn:127.0.0.1:3478?transport=udp"], authMode: "REST", secret: "turn-canary-secret", ttlSeconds: 60 }],
    widget: { maxCallSeconds: 900 },
  });
  const ticket = await startCall(req(widget.publicId, { input: { formAnswers: {}, pageUrl: "https://shop.example/p?utm_source=ads", referrer: "https://search.example/\r\nX-Evil: 1" } }));
  const json = JSON.stringify(ticket);
  expect(json).not.toContain(trunkSecret);
  expect(json).not.toContain("turn-canary-secret");
  expect(ticket.sbc).toEqual({ wsUrl: "wss://sbc.example.test:8443", target: "sip:1000@sbc.example.test", domain: "sbc.example.test" });
  const sip = ticket.sip!;
  expect(sip.fromUser).toBe(`rl.1000.900.${ticket.callId}`);
  const [expiry, id] = sip.authorizationUsername.split(":");
  expect(id).toBe(sip.fromUser);
  expect(Number(expiry) - Date.now() / 1000).toBeLessThanOrEqual(600);
  expect(sip.authorizationPassword).toBe(createHmac("sha1", trunkSecret).update(sip.authorizationUsername).digest("base64"));
  const turn = ticket.iceServers[1]!;
  expect(ticket.iceServers[0]).toEqual({ urls: ["stun:127.0.0.1:3478"] });
  expect(Number(turn.username!.split(":")[0]) - Date.now() / 1000).toBeGreaterThanOrEqual(900);
  expect(turn.credential).toBe(createHmac("sha1", "turn-canary-secret").update(turn.username!).digest("base64"));
  expect(ticket.maxCallSeconds).toBe(900);
  expect(ticket.iceTransportPolicy).toBe("all");
  expect(ticket.headers.map((h) => h.name)).toContain("X-Ringlink-Utm");
  for (const h of ticket.headers) expect(h.value).not.toMatch(/[\r\n]/);
  const [, payload] = ticket.token.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
  expect(claims).toMatchObject({ org: widget.organizationId, widget: widget.id, dest: "1000", call: ticket.callId });
  expect(claims.exp - claims.iat).toBeLessThanOrEqual(300);
  const call = await db.call.findFirstOrThrow({ where: { id: ticket.callId, organizationId: widget.organizationId } });
  expect(call).toMatchObject({ status: "MINTED", destination: "1000", origin: OWN, utm: { utm_source: "ads" }, tokenId: claims.jti });
  expect(call.visitorIpHash).toMatch(/^[A-Za-z0-9_-]{32}$/);
  // Written with raw SQL: the timestamps must come back as the same instants, whatever the session time zone.
  expect(Math.abs(call.createdAt.getTime() - Date.now())).toBeLessThan(10_000);
  expect(call.maxEndsAt.getTime() - call.createdAt.getTime()).toBe((300 + 900 + 60) * 1000);
});

test("no context headers when the trunk does not send them; no SIP credentials in mode NONE; relay-only sets", async () => {
  const { widget } = await setup({ trunk: { authMode: "NONE", sendContextHeaders: false }, relayOnly: true });
  const ticket = await startCall(req(widget.publicId));
  expect(ticket.iceTransportPolicy).toBe("relay");
  expect(ticket.headers).toEqual([]);
  expect(ticket.sip).toBeNull();
});

test("a paused widget is refused and records nothing", async () => {
  const { widget } = await setup({ widget: { status: "PAUSED" } });
  expect(await refusal(startCall(req(widget.publicId)))).toEqual({ status: 403, reason: "widget_inactive" });
  expect(await db.call.count({ where: { widgetId: widget.id } })).toBe(0);
});

test("outside business hours the call is refused as closed", async () => {
  const { widget } = await setup({ widget: { hours: { alwaysOpen: false, timeZone: "UTC", weekly: [{ day: 1, from: "09:00", to: "17:00" }] } } });
  const mondayNight = new Date("2026-11-23T22:00:00Z");
  expect(await refusal(startCall(req(widget.publicId, { now: mondayNight })))).toEqual({ status: 403, reason: "closed" });
  const mondayNoon = new Date("2026-11-23T12:00:00Z");
  await expect(startCall(req(widget.publicId, { now: mondayNoon }))).resolves.toMatchObject({ callId: expect.any(String) });
});

test("only allowed embedding origins, and the hosted link only while enabled", async () => {
  const { widget } = await setup({ widget: { allowedOrigins: ["https://shop.example"], hostedLinkEnabled: false } });
  expect(await refusal(startCall(req(widget.publicId)))).toEqual({ status: 403, reason: "origin_not_allowed" });
  expect(await refusal(startCall(req(widget.publicId, { input: { formAnswers: {}, origin: "https://evil.example" } })))).toEqual({ status: 403, reason: "origin_not_allowed" });
  expect(await refusal(startCall(req(widget.publicId, { requestOrigin: null })))).toEqual({ status: 403, reason: "origin_not_allowed" });
  await expect(startCall(req(widget.publicId, { input: { formAnswers: {}, origin: "https://shop.example" } }))).resolves.toBeTruthy();
  expect(await db.call.count({ where: { widgetId: widget.id } })).toBe(1);
});

test("per IP and widget: the call past the hourly limit gets 429 with a retry time; another IP still gets through", async () => {
  const { widget } = await setup({ widget: { callsPerIpPerHour: 2 } });
  const ip = freshIp();
  await startCall(req(widget.publicId, { ip }));
  await startCall(req(widget.publicId, { ip }));
  const third = await startCall(req(widget.publicId, { ip })).catch((e: AppError) => e);
  expect(third).toBeInstanceOf(AppError);
  expect((third as AppError).status).toBe(429);
  expect((third as AppError).details).toMatchObject({ reason: "rate_limited", retryAfterSeconds: expect.any(Number) });
  await expect(startCall(req(widget.publicId))).resolves.toBeTruthy();
});

test("per widget per day: the call past the daily cap is refused whatever the IP", async () => {
  const { widget } = await setup({ widget: { callsPerDay: 2 } });
  await startCall(req(widget.publicId));
  await startCall(req(widget.publicId));
  expect(await refusal(startCall(req(widget.publicId)))).toEqual({ status: 429, reason: "daily_limit" });
});

test("the concurrent-call cap holds under parallel requests: exactly N tickets, the rest busy", async () => {
  const { widget } = await setup({ widget: { maxConcurrentCalls: 2 } });
  const results = await Promise.allSettled(Array.from({ length: 8 }, () => startCall(req(widget.publicId))));
  const ok = results.filter((r) => r.status === "fulfilled");
  const busy = results.filter((r) => r.status === "rejected" && (r.reason as AppError).details?.reason === "busy_lines");
  expect(ok).toHaveLength(2);
  expect(busy).toHaveLength(6);
  expect(await db.call.count({ where: { widgetId: widget.id } })).toBe(2);
});

test("ended calls and long-expired tickets free their line", async () => {
  const { widget } = await setup({ widget: { maxConcurrentCalls: 1 } });
  const first = await startCall(req(widget.publicId));
  expect(await refusal(startCall(req(widget.publicId)))).toMatchObject({ reason: "busy_lines" });
  await db.call.updateMany({ where: { id: first.callId, organizationId: widget.organizationId }, data: { status: "ENDED" } });
  const second = await startCall(req(widget.publicId));
  // A ticket nobody redeemed: its hold lapsed with its token.
  await db.call.updateMany({ where: { id: second.callId, organizationId: widget.organizationId }, data: { holdsLineUntil: new Date(Date.now() - 1000) } });
  await expect(startCall(req(widget.publicId))).resolves.toBeTruthy();
});

test("form answers are checked against the widget's form; bad ones are named and nothing is recorded", async () => {
  const { widget } = await setup({ widget: { form: { name: { enabled: true, required: true }, email: { enabled: true } } } });
  const err = await startCall(req(widget.publicId, { input: { formAnswers: { email: "nope" } } })).catch((e: AppError) => e);
  expect((err as AppError).status).toBe(422);
  expect((err as AppError).details).toMatchObject({ reason: "invalid_form", fields: ["name", "email"] });
  expect(await db.call.count({ where: { widgetId: widget.id } })).toBe(0);
  const ok = await startCall(req(widget.publicId, { input: { formAnswers: { name: "Ann", email: "ann@example.com", phone: "+1 555 0100" } } }));
  const call = await db.call.findFirstOrThrow({ where: { id: ok.callId, organizationId: widget.organizationId } });
  expect(call.formAnswers).toEqual({ name: "Ann", email: "ann@example.com" });
});

test("an unknown widget is a 404; a trunk of another organization is never used", async () => {
  expect(await refusal(startCall(req("w_does_not_exist")))).toMatchObject({ status: 404 });
  const { widget } = await setup();
  const other = await setup();
  await db.widget.update({ where: { id: widget.id }, data: { trunkId: other.trunk.id } });
  expect(await refusal(startCall(req(widget.publicId)))).toEqual({ status: 503, reason: "not_configured" });
});

test("the line reservation itself serialises parallel transactions on the widget's line counter", async () => {
  const { reserveCall } = await import("./reserve-call");
  const { widget } = await setup({ widget: { maxConcurrentCalls: 3 } });
  const now = new Date();
  const results = await Promise.allSettled(
    Array.from({ length: 10 }, (_, i) =>
      reserveCall({ organizationId: widget.organizationId, widgetId: widget.id, now, limits: { ipKey: `ip-${i}`, perIpPerHour: 100, perDay: 100, maxConcurrent: 3 }, call: { id: `race-${widget.id}-${i}`, tokenId: `race-${widget.id}-${i}`, destination: "1000", maxEndsAt: new Date(now.getTime() + 600_000) } }),
    ),
  );
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
  expect(await db.call.count({ where: { widgetId: widget.id } })).toBe(3);
});

test("a trunk secret that cannot be opened refuses the call as not set up, using no line and no row", async () => {
  const { widget, trunk } = await setup();
  await db.trunk.update({ where: { id: trunk.id }, data: { secretEnvelope: "canary-envelope-5519" } });
  expect(await refusal(startCall(req(widget.publicId)))).toEqual({ status: 503, reason: "not_configured" });
  expect(await db.call.count({ where: { widgetId: widget.id } })).toBe(0);
});
