import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuse } from "./call-refusal";

// A minted ticket that never turned into a call stops holding a line once its token has expired.
export const CALL_TOKEN_TTL_SECONDS = 300;

type TReserve = { organizationId: string; widgetId: string; maxConcurrentCalls: number; now: Date; data: Omit<Prisma.CallUncheckedCreateInput, "organizationId" | "widgetId"> };

// Count and insert under a row lock on the widget: two parallel requests for the last free line serialise here,
// so exactly one of them gets it (a plain count-then-insert lets both through).
export async function reserveCall(r: TReserve) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      select "id" from "Widget" where "id" = ${r.widgetId} and "organizationId" = ${r.organizationId} for update`;
    if (locked.length === 0) throw refuse("widget_inactive");
    const tokenCutoff = new Date(r.now.getTime() - CALL_TOKEN_TTL_SECONDS * 1000);
    const live = await tx.call.count({
      where: {
        organizationId: r.organizationId,
        widgetId: r.widgetId,
        maxEndsAt: { gt: r.now },
        OR: [{ status: "MINTED", createdAt: { gt: tokenCutoff } }, { status: { in: ["CONNECTING", "RINGING", "IN_CALL"] } }],
      },
    });
    if (live >= r.maxConcurrentCalls) throw refuse("busy_lines", { limit: r.maxConcurrentCalls });
    return tx.call.create({ data: { ...r.data, organizationId: r.organizationId, widgetId: r.widgetId } });
  });
}
