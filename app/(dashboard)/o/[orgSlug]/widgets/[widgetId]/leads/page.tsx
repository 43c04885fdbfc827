import { PhoneIncoming } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listLeads } from "@/lib/server/leads/list-leads";
import { can } from "@/lib/shared/permissions";
import { EmptyState } from "@/components/ui/empty-state";
import { LeadsTable } from "@/components/widgets/leads-table";
import { markLeadAction } from "../../actions";

export const metadata = { title: "Callback requests" };

export default async function LeadsPage({ params }: { params: Promise<{ orgSlug: string; widgetId: string }> }) {
  const { orgSlug, widgetId } = await params;
  const ctx = await requireOrgPage(orgSlug, "leads.read");
  const leads = await listLeads(ctx.org.id, widgetId);
  if (leads.length === 0) {
    return <EmptyState icon={<PhoneIncoming className="size-6" />} title="No callback requests yet" description="When the widget is closed, visitors can leave their number. Their requests show up here." />;
  }
  return <LeadsTable orgSlug={orgSlug} leads={leads} canWrite={can(ctx.role, "leads.write")} mark={markLeadAction} />;
}
