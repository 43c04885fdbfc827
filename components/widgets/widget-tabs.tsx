"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "", label: "Settings" },
  { href: "/share", label: "Share & embed" },
  { href: "/leads", label: "Callback requests" },
];

export function WidgetTabs({ base }: { base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Widget" className="flex gap-1 border-b border-slate-200">
      {TABS.map((t) => {
        const active = pathname === `${base}${t.href}`;
        return (
          <Link key={t.href} href={`${base}${t.href}`} aria-current={active ? "page" : undefined} className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:text-slate-800"}`}>
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
