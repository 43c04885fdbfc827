"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { BarChart3, PhoneCall, Server, Settings, Radio, LayoutGrid } from "lucide-react";
import { cn } from "@/components/ui/cn";

const GROUPS = [
  {
    label: "Build",
    items: [
      { href: "widgets", label: "Widgets", icon: LayoutGrid },
      { href: "trunks", label: "Trunks", icon: Server },
      { href: "ice-servers", label: "ICE servers", icon: Radio },
    ],
  },
  {
    label: "Insights",
    items: [
      { href: "calls", label: "Calls", icon: PhoneCall },
      { href: "analytics", label: "Analytics", icon: BarChart3 },
    ],
  },
  { label: "Organization", items: [{ href: "settings", label: "Settings", icon: Settings }] },
] as const;

export function SidebarNav({ orgSlug }: { orgSlug: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Sections" className="space-y-6">
      {GROUPS.map((group) => (
        <div key={group.label}>
          <p className="mb-1.5 px-3 text-[11px] font-semibold uppercase tracking-wider text-slate-400">{group.label}</p>
          <ul className="space-y-0.5">
            {group.items.map(({ href, label, icon: Icon }) => {
              const url = `/o/${orgSlug}/${href}`;
              const active = pathname === url || pathname.startsWith(`${url}/`);
              return (
                <li key={href}>
                  <Link
                    href={url}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "group flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors",
                      active ? "bg-white/10 text-white shadow-sm ring-1 ring-white/10" : "text-slate-400 hover:bg-white/5 hover:text-white",
                    )}
                  >
                    <Icon className={cn("size-4", active ? "text-brand-400" : "text-slate-500 group-hover:text-slate-300")} aria-hidden />
                    {label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
