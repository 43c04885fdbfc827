"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { Menu, X } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { TRole } from "@/lib/shared/permissions";
import { BrandMark } from "./brand-mark";
import { OrgSwitcher } from "./org-switcher";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";

type TOrg = { id: string; slug: string; name: string; role: TRole };

// One sidebar for every width: fixed on desktop, an off-canvas drawer behind a top bar on phones. It is rendered
// once (not twice for two breakpoints) so landmarks and labels stay unique for screen readers and tests.
export function DashboardShell(props: { org: TOrg; orgs: TOrg[]; user: { name: string; email: string }; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);

  return (
    <div className="min-h-screen md:flex">
      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur md:hidden">
        <button
          type="button"
          onClick={() => setOpen(true)}
          aria-label="Open navigation"
          aria-expanded={open}
          aria-controls="dashboard-sidebar"
          className="-ml-1 rounded-lg p-2 text-slate-600 hover:bg-slate-100"
        >
          <Menu className="size-5" aria-hidden />
        </button>
        <Link href={`/o/${props.org.slug}`} className="text-slate-900">
          <BrandMark />
        </Link>
      </header>

      {open ? <div aria-hidden className="fixed inset-0 z-40 bg-slate-900/50 backdrop-blur-[1px] md:hidden" onClick={() => setOpen(false)} /> : null}

      <aside
        id="dashboard-sidebar"
        className={cn(
          "fixed inset-y-0 left-0 z-50 flex w-72 flex-col bg-slate-950 px-3 py-4 transition-transform duration-200",
          "md:sticky md:top-0 md:z-auto md:h-screen md:w-64 md:translate-x-0",
          open ? "translate-x-0" : "-translate-x-full max-md:invisible",
        )}
      >
        <div className="mb-5 flex items-center justify-between px-2 text-white">
          <Link href={`/o/${props.org.slug}`}>
            <BrandMark />
          </Link>
          <button type="button" onClick={() => setOpen(false)} aria-label="Close navigation" className="rounded-lg p-1.5 text-slate-400 hover:bg-white/10 md:hidden">
            <X className="size-5" aria-hidden />
          </button>
        </div>
        <div className="mb-6">
          <OrgSwitcher current={props.org} orgs={props.orgs} />
        </div>
        <div className="flex-1 overflow-y-auto">
          <SidebarNav orgSlug={props.org.slug} />
        </div>
        <div className="mt-4 border-t border-white/10 pt-3">
          <UserMenu name={props.user.name} email={props.user.email} />
        </div>
      </aside>

      <main className="min-w-0 flex-1">
        <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 md:py-10 lg:px-10">{props.children}</div>
      </main>
    </div>
  );
}
