import { expect, test } from "vitest";
import { recordAudit } from "./record-audit";
import { db, orgWith } from "@/test/org-fixtures";
import { listAuditLog } from "./list-audit-log";

test("pages through the organization's entries newest first, never another organization's", async () => {
  const a = await orgWith();
  const b = await orgWith();
  // Explicit, distinct timestamps: entries written within one millisecond would make the expected order a guess.
  const base = Date.now() - 60_000;
  for (let i = 0; i < 7; i++) {
    await db.auditLog.create({ data: { organizationId: a.org.id, action: `test.a${i}`, resourceType: "test", createdAt: new Date(base + i * 1000) } });
  }
  await db.$transaction((tx) => recordAudit(tx, { organizationId: b.org.id }, { action: "test.b", resourceType: "test" }));

  const first = await listAuditLog({ organizationId: a.org.id, page: 1, pageSize: 3 });
  expect(first).toMatchObject({ total: 7, pageCount: 3 });
  expect(first.entries.map((e) => e.action)).toEqual(["test.a6", "test.a5", "test.a4"]);
  const last = await listAuditLog({ organizationId: a.org.id, page: 3, pageSize: 3 });
  expect(last.entries.map((e) => e.action)).toEqual(["test.a0"]);
  const other = await listAuditLog({ organizationId: b.org.id, page: 1 });
  expect(other.entries.map((e) => e.action)).toEqual(["test.b"]);
});
