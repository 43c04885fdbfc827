import { z } from "zod";

// ?page= on the audit log: anything that is not a sensible page number shows the first page.
export const ZAuditPage = z.coerce.number().int().min(1).max(100_000).catch(1);
