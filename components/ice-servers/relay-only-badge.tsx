import { ShieldCheck } from "lucide-react";
import { Badge } from "@/components/ui/badge";

// Shown wherever a set is named, so an admin choosing or editing it sees that its calls always use TURN.
export function RelayOnlyBadge() {
  return (
    <Badge tone="brand">
      <ShieldCheck className="mr-1 size-3.5" aria-hidden />
      Relay only
    </Badge>
  );
}
