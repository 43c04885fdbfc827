"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Building2, ScrollText, Users } from "lucide-react";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "", label: "General", icon: Building2 },
  { href: "/members", label: "Members", icon: Users },
  { href: "/audit", label: "Audit log", icon: ScrollText },
] as const;

export function SettingsTabs({ orgSlug }: { orgSlug: string }) {
  const pathname = usePathname();
  const base = `/o/${orgSlug}/settings`;
  return (
    <nav aria-label="Settings" className="-mx-4 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-6">
        {TABS.map(({ href, label, icon: Icon }) => {
          const url = base + href;
          const active = href === "" ? pathname === base : pathname.startsWith(url);
          return (
            <li key={label}>
              <Link
                href={url}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px flex items-center gap-2 whitespace-nowrap border-b-2 py-3 text-sm font-medium transition-colors",
                  active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800",
                )}
              >
                <Icon className="size-4" aria-hidden />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
