import "server-only";
import { db } from "@/lib/db";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { AppError, notFound } from "@/lib/server/errors";
import { inUseError } from "@/lib/server/trunks/delete-trunk";
import { Prisma } from "@/lib/generated/prisma/client";

export async function deleteIceSet(o: { organizationId: string; actor: TAuditActor; setId: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const set = await tx.iceServerSet.findFirst({ where: { id: o.setId, organizationId: o.organizationId }, select: { id: true, name: true } });
      if (!set) throw notFound("ICE server set not found");
      const widgets = await tx.widget.findMany({ where: { organizationId: o.organizationId, iceServerSetId: set.id }, select: { id: true, name: true } });
      if (widgets.length) throw inUseError("ICE server set", widgets);
      const { count } = await tx.iceServerSet.deleteMany({ where: { id: set.id, organizationId: o.organizationId } });
      if (count !== 1) throw notFound("ICE server set not found");
      await recordAudit(tx, o.actor, { action: "ice_set.delete", resourceType: "ice_server_set", resourceId: set.id, metadata: { name: set.name } });
      return { id: set.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2003") {
      throw new AppError("conflict", "A widget started using this ICE server set just now. Reload and try again.");
    }
    throw err;
  }
}
