import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { createCallableWidget } from "@/prisma/call-factories";
import { createOrganization } from "@/prisma/factories";
import { issueCallToken } from "./call-token";
import { recordCallEvent } from "./record-call-event";
import { startCall } from "./start-call";

const OWN = "https://app.ringlink.test";

async function mint() {
  const org = await createOrganization(db);
  const { widget } = await createCallableWidget(db, org.id);
  const ticket = await startCall({ publicId: widget.publicId, input: { formAnswers: {} }, requestOrigin: OWN, ownOrigin: OWN, ip: `203.0.113.${Math.random()}`, userAgent: null });
  return { org, widget, ticket };
}

const reason = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, reason: e.details?.reason }));

test("the first report spends the token and returns an event key; replaying the token is refused", async () => {
  const { ticket } = await mint();
  const first = await recordCallEvent(ticket.callId, { kind: "token", token: ticket.token }, { type: "connecting" });
  expect(first.eventKey).toEqual(expect.any(String));
  for (let i = 0; i < 5; i++) {
    expect(await reason(recordCallEvent(ticket.callId, { kind: "token", token: ticket.token }, { type: "connecting" }))).toEqual({ status: 401, reason: "used" });
  }
  const call = await db.call.findUniqueOrThrow({ where: { id: ticket.callId } });
  expect(call.status).toBe("CONNECTING");
});

test("an expired, tampered, or other call's token is refused", async () => {
  const { ticket, widget } = await mint();
  const old = await issueCallToken({ organizationId: widget.organizationId, widgetId: widget.id, destination: "1000", callId: ticket.callId, jti: "old-jti-0123456789abcdef", now: new Date(Date.now() - 10 * 60_000) });
  expect(await reason(recordCallEvent(ticket.callId, { kind: "token", token: old.token }, { type: "connecting" }))).toEqual({ status: 401, reason: "expired" });
  const [h, p, s] = ticket.token.split(".");
  const claims = JSON.parse(Buffer.from(p!, "base64url").toString());
  const forged = [h, Buffer.from(JSON.stringify({ ...claims, dest: "900123456" })).toString("base64url"), s].join(".");
  expect(await reason(recordCallEvent(ticket.callId, { kind: "token", token: forged }, { type: "connecting" }))).toEqual({ status: 401, reason: "invalid" });
  const none = [Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url"), p, ""].join(".");
  expect(await reason(recordCallEvent(ticket.callId, { kind: "token", token: none }, { type: "connecting" }))).toEqual({ status: 401, reason: "invalid" });
  const other = await mint();
  expect(await reason(recordCallEvent(other.ticket.callId, { kind: "token", token: ticket.token }, { type: "connecting" }))).toEqual({ status: 401, reason: "invalid" });
});

test("later reports are idempotent per event type and move the status forward only", async () => {
  const { ticket } = await mint();
  const { eventKey } = await recordCallEvent(ticket.callId, { kind: "token", token: ticket.token }, { type: "connecting" });
  const key = { kind: "event-key" as const, key: eventKey! };
  await recordCallEvent(ticket.callId, key, { type: "ringing" });
  await recordCallEvent(ticket.callId, key, { type: "answered" });
  const again = await recordCallEvent(ticket.callId, key, { type: "answered" });
  expect(again.recorded).toBe(false);
  const ended = { type: "ended" as const, reason: "hangup-visitor" as const, sipCode: null, durationSec: 42, quality: { rttMs: 12, jitterMs: 1, lossPct: 0, mos: 4.4 } };
  await Promise.all([recordCallEvent(ticket.callId, key, ended), recordCallEvent(ticket.callId, key, ended)]);
  await recordCallEvent(ticket.callId, key, { type: "ringing" });
  const call = await db.call.findUniqueOrThrow({ where: { id: ticket.callId }, include: { events: true } });
  expect(call.events.map((e) => e.type).sort()).toEqual(["answered", "connecting", "ended", "ringing"]);
  expect(call).toMatchObject({ status: "ENDED", endReason: "hangup-visitor", outcome: "answered", durationSec: 42, quality: { mos: 4.4 } });
});

test("an event key only works for its own call", async () => {
  const a = await mint();
  const b = await mint();
  const { eventKey } = await recordCallEvent(a.ticket.callId, { kind: "token", token: a.ticket.token }, { type: "connecting" });
  expect(await reason(recordCallEvent(b.ticket.callId, { kind: "event-key", key: eventKey! }, { type: "ringing" }))).toEqual({ status: 401, reason: "event_key_invalid" });
  expect(await reason(recordCallEvent(a.ticket.callId, { kind: "event-key", key: "x".repeat(43) }, { type: "ringing" }))).toEqual({ status: 401, reason: "event_key_invalid" });
});

test("the outcome: a call dropped by the network after the answer counts as answered; one that never was does not", async () => {
  const ended = (reason: "network-failure" | "media-failure") => ({ type: "ended" as const, reason, sipCode: null, durationSec: 30 });
  const talking = await mint();
  const { eventKey } = await recordCallEvent(talking.ticket.callId, { kind: "token", token: talking.ticket.token }, { type: "connecting" });
  await recordCallEvent(talking.ticket.callId, { kind: "event-key", key: eventKey! }, { type: "answered" });
  await recordCallEvent(talking.ticket.callId, { kind: "event-key", key: eventKey! }, ended("network-failure"));
  const dropped = await mint();
  const second = await recordCallEvent(dropped.ticket.callId, { kind: "token", token: dropped.ticket.token }, { type: "connecting" });
  await recordCallEvent(dropped.ticket.callId, { kind: "event-key", key: second.eventKey! }, ended("network-failure"));
  const silent = await mint();
  const third = await recordCallEvent(silent.ticket.callId, { kind: "token", token: silent.ticket.token }, { type: "connecting" });
  await recordCallEvent(silent.ticket.callId, { kind: "event-key", key: third.eventKey! }, { type: "answered" });
  await recordCallEvent(silent.ticket.callId, { kind: "event-key", key: third.eventKey! }, ended("media-failure"));
  const row = (id: string) => db.call.findUniqueOrThrow({ where: { id }, select: { outcome: true, endReason: true } });
  expect(await row(talking.ticket.callId)).toEqual({ outcome: "answered", endReason: "network-failure" });
  expect(await row(dropped.ticket.callId)).toEqual({ outcome: "network-failure", endReason: "network-failure" });
  expect(await row(silent.ticket.callId)).toEqual({ outcome: "media-failure", endReason: "media-failure" });
});
