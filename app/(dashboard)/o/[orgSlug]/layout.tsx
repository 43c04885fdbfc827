import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { SidebarNav } from "@/components/dashboard/sidebar-nav";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug);
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-64 shrink-0 flex-col bg-slate-900 px-4 py-5 md:flex">
        <div className="mb-6 flex items-center gap-2 px-2 text-white">
          <span className="grid size-8 place-items-center rounded-lg bg-brand-600 font-bold">R</span>
          <span className="text-lg font-semibold">Ringlink</span>
        </div>
        <div className="mb-4 rounded-lg bg-white/5 px-3 py-2 text-sm text-slate-200">{ctx.org.name}</div>
        <SidebarNav orgSlug={orgSlug} />
        <div className="mt-auto px-2 pt-6 text-xs text-slate-400">{ctx.user.email}</div>
      </aside>
      <main className="min-w-0 flex-1 px-6 py-8 lg:px-10">{children}</main>
    </div>
  );
}
