import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { createCallableWidget } from "@/prisma/call-factories";
import { createOrganization } from "@/prisma/factories";
import { reserveCall } from "./reserve-call";

// The concurrent-call cap reads WidgetLineUsage.inUse, kept by triggers on Call. These tests pin that the counter
// always equals the rows that hold a line, whatever changes them and however many transactions race.

async function widgetWithCap(maxConcurrentCalls: number) {
  const org = await createOrganization(db);
  return (await createCallableWidget(db, org.id, { widget: { maxConcurrentCalls } })).widget;
}

let seq = 0;
function reserve(w: { id: string; organizationId: string; maxConcurrentCalls: number }, now = new Date()) {
  const id = `lines${++seq}x${w.id}`.slice(0, 40);
  return reserveCall({
    organizationId: w.organizationId,
    widgetId: w.id,
    now,
    limits: { ipKey: `ip-${seq}`, perIpPerHour: 1000, perDay: 100_000, maxConcurrent: w.maxConcurrentCalls },
    call: { id, tokenId: id, destination: "1000", maxEndsAt: new Date(now.getTime() + 3_600_000) },
  });
}

async function usage(widgetId: string) {
  const counter = await db.widgetLineUsage.findUnique({ where: { widgetId } });
  const holding = await db.call.count({ where: { widgetId, holdsLineUntil: { not: null } } });
  return { inUse: counter?.inUse ?? 0, holding };
}

const busy = (e: unknown) => e instanceof AppError && e.details?.reason === "busy_lines";

test("a started call keeps its line until its max end; an ended call gives it back at once", async () => {
  const w = await widgetWithCap(2);
  const { id } = await reserve(w);
  const minted = await db.call.findUniqueOrThrow({ where: { id } });
  expect(minted.holdsLineUntil!.getTime() - minted.createdAt.getTime()).toBe(330_000); // token TTL + clock tolerance
  await db.call.updateMany({ where: { id }, data: { status: "CONNECTING" } });
  expect((await db.call.findUniqueOrThrow({ where: { id } })).holdsLineUntil).toEqual(minted.maxEndsAt);
  expect(await usage(w.id)).toEqual({ inUse: 1, holding: 1 });
  await db.call.updateMany({ where: { id }, data: { status: "ENDED" } });
  expect(await usage(w.id)).toEqual({ inUse: 0, holding: 0 });
});

test("full: lapsed tickets are swept to make room, live calls are not", async () => {
  const w = await widgetWithCap(2);
  const a = await reserve(w);
  const b = await reserve(w);
  await expect(reserve(w)).rejects.toSatisfy(busy);
  await db.call.updateMany({ where: { id: a.id }, data: { holdsLineUntil: new Date(Date.now() - 1000) } });
  await db.call.updateMany({ where: { id: b.id }, data: { status: "IN_CALL" } });
  await expect(reserve(w)).resolves.toBeTruthy();
  expect((await db.call.findUniqueOrThrow({ where: { id: a.id } })).holdsLineUntil).toBeNull();
  await expect(reserve(w)).rejects.toSatisfy(busy);
  expect(await usage(w.id)).toEqual({ inUse: 2, holding: 2 });
});

test("mints racing with hang-ups and deletions: no deadlock, never over the cap, the counter matches the rows", async () => {
  const w = await widgetWithCap(4);
  const first = await Promise.all([reserve(w), reserve(w), reserve(w), reserve(w)]);
  const racers = await Promise.allSettled([
    ...Array.from({ length: 12 }, () => reserve(w)),
    db.call.updateMany({ where: { id: first[0]!.id }, data: { status: "ENDED" } }),
    db.call.updateMany({ where: { id: first[1]!.id }, data: { status: "CONNECTING" } }),
    db.call.deleteMany({ where: { id: first[2]!.id } }),
    db.call.updateMany({ where: { id: first[3]!.id }, data: { holdsLineUntil: null } }),
  ]);
  const failures = racers.filter((r) => r.status === "rejected" && !busy(r.reason));
  expect(failures).toEqual([]);
  const after = await usage(w.id);
  expect(after.inUse).toBe(after.holding);
  expect(after.holding).toBeLessThanOrEqual(4);
});

test("a widget of another organization reserves nothing; deleting a widget with calls takes its counter along", async () => {
  const w = await widgetWithCap(2);
  const other = await widgetWithCap(2);
  await expect(reserve({ ...w, organizationId: other.organizationId })).rejects.toMatchObject({ details: { reason: "widget_inactive" } });
  await reserve(w);
  await db.widget.delete({ where: { id: w.id } });
  expect(await db.widgetLineUsage.findUnique({ where: { widgetId: w.id } })).toBeNull();
});
