import Link from "next/link";
import { Plus, Server } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { listTrunks } from "@/lib/server/trunks/list-trunks";
import { can } from "@/lib/shared/permissions";
import { AUTH_MODE_INFO, PRESET_INFO } from "@/lib/shared/trunks/presets";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CheckBadge } from "@/components/trunks/check-badge";

export default async function TrunksPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "trunks.read");
  const trunks = await listTrunks(ctx.org.id);
  const canWrite = can(ctx.role, "trunks.write");
  const newButton = canWrite ? (
    <Link href={`/o/${orgSlug}/trunks/new`} className={buttonClass()}>
      <Plus className="size-4" aria-hidden />
      New trunk
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title="Trunks" description="The SBC in front of your phone system: where visitors' calls go and how they authenticate." actions={trunks.length ? newButton : null} />
      {trunks.length === 0 ? (
        <EmptyState
          icon={<Server className="size-6" aria-hidden />}
          title="Connect your phone system"
          description={
            canWrite
              ? "Add a trunk with your SBC's WebSocket URL and a shared secret, then press Check connection to see it answer before any visitor calls."
              : "No trunks yet. An admin of this organization can connect the phone system."
          }
          action={newButton}
        />
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-5 py-3 font-medium">Name</th>
                <th className="hidden px-5 py-3 font-medium sm:table-cell">SBC</th>
                <th className="hidden px-5 py-3 font-medium lg:table-cell">Authentication</th>
                <th className="px-5 py-3 font-medium">Last check</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {trunks.map((t) => (
                <tr key={t.id} className="hover:bg-slate-50">
                  <td className="px-5 py-4">
                    <Link href={`/o/${orgSlug}/trunks/${t.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                      {t.name}
                    </Link>
                    <div className="text-xs text-slate-500">{PRESET_INFO[t.preset].label}</div>
                  </td>
                  <td className="hidden max-w-xs truncate px-5 py-4 font-mono text-xs text-slate-700 sm:table-cell">{t.wsUrl}</td>
                  <td className="hidden px-5 py-4 text-slate-700 lg:table-cell">{AUTH_MODE_INFO[t.authMode].label.replace(" (recommended)", "")}</td>
                  <td className="whitespace-nowrap px-5 py-4">
                    <CheckBadge check={t.lastCheck} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
