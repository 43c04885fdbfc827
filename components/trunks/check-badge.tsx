import { Badge } from "@/components/ui/badge";
import type { TTrunkCheck } from "@/lib/shared/trunks/trunk-check";

export function CheckBadge({ check }: { check: TTrunkCheck | null }) {
  if (!check) return <Badge>Never checked</Badge>;
  if (check.ok) return <Badge tone="success">OK · {check.code}{check.rttMs !== null ? ` · ${check.rttMs} ms` : ""}</Badge>;
  return <Badge tone="danger">{check.code ? `Failed · ${check.code}` : "Failed"}</Badge>;
}
