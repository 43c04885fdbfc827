import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { AppError, notFound } from "@/lib/server/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export function inUseError(what: string, widgets: { id: string; name: string }[]) {
  const names = widgets.map((w) => `"${w.name}"`).join(", ");
  return new AppError("conflict", `This ${what} is used by ${widgets.length === 1 ? "widget" : "widgets"} ${names}. Point them at another ${what} first.`, {
    widgets,
  });
}

export async function deleteTrunk(o: { organizationId: string; actor: TAuditActor; trunkId: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const trunk = await tx.trunk.findFirst({ where: { id: o.trunkId, organizationId: o.organizationId }, select: { id: true, name: true } });
      if (!trunk) throw notFound("Trunk not found");
      const widgets = await tx.widget.findMany({ where: { organizationId: o.organizationId, trunkId: trunk.id }, select: { id: true, name: true } });
      if (widgets.length) throw inUseError("trunk", widgets);
      const { count } = await tx.trunk.deleteMany({ where: { id: trunk.id, organizationId: o.organizationId } });
      if (count !== 1) throw notFound("Trunk not found");
      await recordAudit(tx, o.actor, { action: "trunk.delete", resourceType: "trunk", resourceId: trunk.id, metadata: { name: trunk.name } });
      return { id: trunk.id };
    });
  } catch (err) {
    // A widget attached between our check and the delete: the foreign key (onDelete: Restrict) refuses it.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2003") {
      throw new AppError("conflict", "A widget started using this trunk just now. Reload and try again.");
    }
    throw err;
  }
}
