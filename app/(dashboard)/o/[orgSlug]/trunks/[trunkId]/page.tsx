import Link from "next/link";
import { notFound } from "next/navigation";
import { ChevronLeft } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { AppError } from "@/lib/server/errors";
import { getTrunk } from "@/lib/server/trunks/get-trunk";
import { can } from "@/lib/shared/permissions";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CheckBadge } from "@/components/trunks/check-badge";
import { CheckConnectionPanel } from "@/components/trunks/check-connection-panel";
import { KamailioSettingsCard } from "@/components/trunks/kamailio-settings-card";
import { DeleteTrunkButton } from "@/components/trunks/delete-trunk-button";
import { TrunkForm } from "@/components/trunks/trunk-form";

export default async function TrunkPage({ params }: { params: Promise<{ orgSlug: string; trunkId: string }> }) {
  const { orgSlug, trunkId } = await params;
  const ctx = await requireOrgPage(orgSlug, "trunks.read");
  const trunk = await getTrunk({ organizationId: ctx.org.id, trunkId }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const canWrite = can(ctx.role, "trunks.write");
  const canExport = can(ctx.role, "trunks.export") && trunk.authMode === "EPHEMERAL" && trunk.secret.isSet;

  return (
    <>
      <Link href={`/o/${orgSlug}/trunks`} className="mb-3 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ChevronLeft className="size-4" aria-hidden />
        Trunks
      </Link>
      <PageHeader
        title={trunk.name}
        description={canWrite ? "Secrets are write-only: replace them, never read them back." : "You have read-only access to this trunk."}
        actions={<CheckBadge check={trunk.lastCheck} />}
      />
      <div className="space-y-6">
        <CheckConnectionPanel orgSlug={orgSlug} trunkId={trunk.id} last={trunk.lastCheck} canCheck={canWrite} />
        <TrunkForm
          orgSlug={orgSlug}
          trunkId={trunk.id}
          readOnly={!canWrite}
          storedSecret={trunk.secret}
          initial={{
            name: trunk.name,
            preset: trunk.preset,
            wsUrl: trunk.wsUrl,
            sipDomain: trunk.sipDomain,
            authMode: trunk.authMode,
            hmacAlgorithm: trunk.hmacAlgorithm,
            secret: "",
            staticUsername: trunk.staticUsername ?? "",
            displayNameTemplate: trunk.displayNameTemplate ?? "",
            allowedHeaders: trunk.allowedHeaders,
            sendContextHeaders: trunk.sendContextHeaders,
          }}
        />
        {canExport ? <KamailioSettingsCard orgSlug={orgSlug} trunkId={trunk.id} /> : null}
        <Card>
          <CardHeader
            title="Used by"
            description={trunk.widgets.length ? trunk.widgets.map((w) => w.name).join(", ") : "No widget uses this trunk yet."}
            actions={canWrite ? <DeleteTrunkButton orgSlug={orgSlug} trunkId={trunk.id} name={trunk.name} /> : null}
          />
        </Card>
      </div>
    </>
  );
}
