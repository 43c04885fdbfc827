"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { BarChart3, PhoneCall, Server, Settings, Radio, LayoutGrid } from "lucide-react";
import { cn } from "@/components/ui/cn";

const SECTIONS = [
  { href: "widgets", label: "Widgets", icon: LayoutGrid },
  { href: "trunks", label: "Trunks", icon: Server },
  { href: "ice-servers", label: "ICE servers", icon: Radio },
  { href: "calls", label: "Calls", icon: PhoneCall },
  { href: "analytics", label: "Analytics", icon: BarChart3 },
  { href: "settings", label: "Settings", icon: Settings },
] as const;

export function SidebarNav({ orgSlug }: { orgSlug: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Sections" className="space-y-0.5">
      {SECTIONS.map(({ href, label, icon: Icon }) => {
        const url = `/o/${orgSlug}/${href}`;
        const active = pathname === url || pathname.startsWith(`${url}/`);
        return (
          <Link
            key={href}
            href={url}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium",
              active ? "bg-white/10 text-white" : "text-slate-300 hover:bg-white/5 hover:text-white",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
