// Integration-test helpers: a fresh organization with an admin actor, and a widget row pointing at a resource.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createOrgWithUser } from "@/prisma/factories";
import type { TAuditActor } from "@/lib/server/audit/record-audit";

export async function orgWithActor(): Promise<{ organizationId: string; actor: TAuditActor }> {
  const { org, user } = await createOrgWithUser(db, "ADMIN");
  return { organizationId: org.id, actor: { organizationId: org.id, userId: user.id, email: user.email } };
}

export async function createWidgetRow(o: { organizationId: string; name: string; trunkId?: string; iceServerSetId?: string }) {
  const id = randomBytes(6).toString("hex");
  return db.widget.create({
    data: { organizationId: o.organizationId, name: o.name, publicId: `wid_${id}`, slug: `w-${id}`, destination: "100", trunkId: o.trunkId, iceServerSetId: o.iceServerSetId },
  });
}

export const canary = (label: string) => `canary-${label}-${randomBytes(8).toString("hex")}`;
