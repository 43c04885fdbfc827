import "server-only";
import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 25;

export type TAuditRow = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  metadata: unknown;
  ip: string | null;
  userAgent: string | null;
};

// Newest first; id breaks ties between entries written in the same millisecond so pages never overlap.
export async function listAuditLog(opts: { organizationId: string; page: number; pageSize?: number }) {
  const pageSize = opts.pageSize ?? AUDIT_PAGE_SIZE;
  const where = { organizationId: opts.organizationId };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, opts.page) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        actorEmail: true,
        action: true,
        resourceType: true,
        resourceId: true,
        metadata: true,
        ip: true,
        userAgent: true,
      },
    }),
  ]);
  return { entries: rows as TAuditRow[], total, page: opts.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
