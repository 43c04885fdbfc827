import Link from "next/link";
import { notFound } from "next/navigation";
import { ChevronLeft } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { AppError } from "@/lib/server/errors";
import { getIceSet } from "@/lib/server/ice-servers/get-ice-set";
import { can } from "@/lib/shared/permissions";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteIceSetButton } from "@/components/ice-servers/delete-ice-set-button";
import { IceSetForm } from "@/components/ice-servers/ice-set-form";
import { IceTestPanel } from "@/components/ice-servers/ice-test-panel";
import { RelayOnlyBadge } from "@/components/ice-servers/relay-only-badge";

export default async function IceSetPage({ params }: { params: Promise<{ orgSlug: string; setId: string }> }) {
  const { orgSlug, setId } = await params;
  const ctx = await requireOrgPage(orgSlug, "ice.read");
  const set = await getIceSet({ organizationId: ctx.org.id, setId }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const canWrite = can(ctx.role, "ice.write");

  return (
    <>
      <Link href={`/o/${orgSlug}/ice-servers`} className="mb-3 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ChevronLeft className="size-4" aria-hidden />
        ICE servers
      </Link>
      <PageHeader title={set.name} badges={set.relayOnly ? <RelayOnlyBadge /> : null} description={canWrite ? "Secrets are write-only: replace them, never read them back." : "You have read-only access to this ICE server set."} />
      <div className="space-y-6">
        {canWrite ? <IceTestPanel orgSlug={orgSlug} setId={set.id} relayOnly={set.relayOnly} /> : null}
        <IceSetForm
          orgSlug={orgSlug}
          setId={set.id}
          readOnly={!canWrite}
          storedSecrets={Object.fromEntries(set.servers.map((s) => [s.id, s.secret]))}
          initial={{
            name: set.name,
            relayOnly: set.relayOnly,
            servers: set.servers.map((s) => ({ id: s.id, kind: s.kind, urls: s.urls, authMode: s.authMode, username: s.username ?? "", secret: "", ttlSeconds: s.ttlSeconds })),
          }}
        />
        <Card>
          <CardHeader
            title="Used by"
            description={set.widgets.length ? set.widgets.map((w) => w.name).join(", ") : "No widget uses this set yet."}
            actions={canWrite ? <DeleteIceSetButton orgSlug={orgSlug} setId={set.id} name={set.name} /> : null}
          />
        </Card>
      </div>
    </>
  );
}
