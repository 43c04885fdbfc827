import { PageHeader } from "@/components/ui/page-header";

export default function WidgetsPage() {
  return <PageHeader title="Widgets" description="Click-to-call buttons and hosted call links, one per campaign." />;
}
