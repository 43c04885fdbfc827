import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS, type TRole } from "@/lib/shared/permissions";

const TONE = { OWNER: "brand", ADMIN: "success", VIEWER: "neutral" } as const;

export function RoleBadge({ role }: { role: TRole }) {
  return <Badge tone={TONE[role]}>{ROLE_LABELS[role]}</Badge>;
}
