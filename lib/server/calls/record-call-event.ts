import "server-only";
import { db } from "@/lib/db";
import type { CallStatus, Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/server/errors";
import type { TCallEvent } from "@/lib/shared/call-schemas";
import { callEventKey, checkCallEventKey } from "./call-event-key";
import { redeemCallToken } from "./call-token";

export type TEventAuth = { kind: "token"; token: string } | { kind: "event-key"; key: string };

const ORDER: CallStatus[] = ["MINTED", "CONNECTING", "RINGING", "IN_CALL", "ENDED"];
const STATUS: Record<TCallEvent["type"], CallStatus> = { connecting: "CONNECTING", ringing: "RINGING", answered: "IN_CALL", ended: "ENDED" };
const OUTCOME: Record<string, string> = { "hangup-visitor": "answered", "hangup-agent": "answered", "max-duration": "answered" };
// A call that was talking when the network dropped still reached someone: the campaign gets its answered call, and
// endReason keeps why it ended. (A media failure never had audio, so it stays a failure.)
const outcomeOf = (reason: string, wasAnswered: boolean) => (wasAnswered && reason === "network-failure" ? "answered" : (OUTCOME[reason] ?? reason));

async function authorize(callId: string, auth: TEventAuth) {
  if (auth.kind === "token") {
    const claims = await redeemCallToken(auth.token);
    if (claims.call !== callId) throw new AppError("unauthorized", "This call token belongs to another call.", { reason: "invalid" });
    return { organizationId: claims.org, eventKey: callEventKey(callId) };
  }
  if (!checkCallEventKey(callId, auth.key)) throw new AppError("unauthorized", "Not allowed to report on this call.", { reason: "event_key_invalid" });
  const call = await db.call.findUnique({ where: { id: callId }, select: { organizationId: true } });
  if (!call) throw notFound("Call not found.");
  return { organizationId: call.organizationId, eventKey: null };
}

// Idempotent on (call, event type): a retried report is recorded once and the status only ever moves forward.
export async function recordCallEvent(callId: string, auth: TEventAuth, event: TCallEvent, now = new Date()) {
  const { organizationId, eventKey } = await authorize(callId, auth);
  const call = await db.call.findFirst({ where: { id: callId, organizationId } });
  if (!call) throw notFound("Call not found.");
  const { type, ...data } = event;
  const inserted = await db.callEvent.createMany({ data: [{ callId, type, at: now, data: data as Prisma.InputJsonValue }], skipDuplicates: true });
  if (inserted.count === 0) return { recorded: false, eventKey };
  const next = STATUS[type];
  if (ORDER.indexOf(next) <= ORDER.indexOf(call.status)) return { recorded: true, eventKey };
  const update: Prisma.CallUpdateManyMutationInput = { status: next };
  if (type === "connecting") update.connectedAt = now;
  if (type === "answered") update.answeredAt = now;
  if (event.type === "ended") {
    Object.assign(update, { endedAt: now, endReason: event.reason, sipCode: event.sipCode ?? null, durationSec: event.durationSec ?? null, outcome: outcomeOf(event.reason, call.answeredAt !== null || call.status === "IN_CALL") });
    if (event.quality) update.quality = event.quality;
  }
  // The status in the where makes the forward-only rule hold under concurrent reports too.
  await db.call.updateMany({ where: { id: callId, organizationId, status: { in: ORDER.slice(0, ORDER.indexOf(next)) } }, data: update });
  return { recorded: true, eventKey };
}
