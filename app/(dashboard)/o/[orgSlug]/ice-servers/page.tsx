import Link from "next/link";
import { ChevronRight, Plus, Radio } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listIceSets } from "@/lib/server/ice-servers/list-ice-sets";
import { can } from "@/lib/shared/permissions";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelayOnlyBadge } from "@/components/ice-servers/relay-only-badge";

export default async function IceServersPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "ice.read");
  const sets = await listIceSets(ctx.org.id);
  const canWrite = can(ctx.role, "ice.write");
  const newButton = canWrite ? (
    <Link href={`/o/${orgSlug}/ice-servers/new`} className={buttonClass()}>
      <Plus className="size-4" aria-hidden />
      New ICE set
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title="ICE servers" description="STUN finds a visitor's public address; TURN relays audio when firewalls block everything else." actions={sets.length ? newButton : null} />
      {sets.length === 0 ? (
        <EmptyState
          icon={<Radio className="size-6" aria-hidden />}
          title="Add your STUN and TURN servers"
          description={
            canWrite
              ? "Create a set with your STUN URL and a TURN server (coturn with use-auth-secret is ideal), then test it from your own browser."
              : "No ICE server sets yet. An admin of this organization can add them."
          }
          action={newButton}
        />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {sets.map((s) => (
            <Link key={s.id} href={`/o/${orgSlug}/ice-servers/${s.id}`} className="group">
              <Card className="h-full p-5 transition-shadow group-hover:shadow-md">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="font-semibold text-slate-900 group-hover:text-brand-700">{s.name}</h2>
                      {s.relayOnly ? <RelayOnlyBadge /> : null}
                    </div>
                    <p className="mt-0.5 text-sm text-slate-500">
                      {s.servers.length} {s.servers.length === 1 ? "server" : "servers"} · used by {s.widgetCount} {s.widgetCount === 1 ? "widget" : "widgets"}
                    </p>
                  </div>
                  <ChevronRight className="size-5 text-slate-400" aria-hidden />
                </div>
                <ul className="mt-4 space-y-1.5">
                  {s.servers.flatMap((srv) => srv.urls.map((u) => ({ u, srv }))).slice(0, 5).map(({ u, srv }) => (
                    <li key={`${srv.id}-${u}`} className="flex items-center gap-2 text-xs">
                      <Badge tone={srv.kind === "TURN" ? "brand" : "neutral"}>{srv.kind}</Badge>
                      <span className="truncate font-mono text-slate-700">{u}</span>
                    </li>
                  ))}
                </ul>
              </Card>
            </Link>
          ))}
        </div>
      )}
    </>
  );
}
