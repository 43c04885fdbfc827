import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { PageHeader } from "@/components/ui/page-header";
import { TrunkForm } from "@/components/trunks/trunk-form";

export default async function NewTrunkPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrgPage(orgSlug, "trunks.write");
  return (
    <>
      <PageHeader title="New trunk" description="Pick your phone system for defaults and setup steps; everything stays editable." />
      <TrunkForm orgSlug={orgSlug} />
    </>
  );
}
