import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { PageHeader } from "@/components/ui/page-header";
import { IceSetForm } from "@/components/ice-servers/ice-set-form";

export default async function NewIceSetPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrgPage(orgSlug, "ice.write");
  return (
    <>
      <PageHeader title="New ICE server set" description="A STUN server and a TURN server over UDP and TCP (or TLS on 443) reach almost every network." />
      <IceSetForm orgSlug={orgSlug} />
    </>
  );
}
