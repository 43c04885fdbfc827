"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { ROLE_LABELS, type TRole } from "@/lib/shared/permissions";
import { CreateOrgDialog } from "./create-org-dialog";
import { initials, toneFor } from "./initials";

type TOrg = { id: string; slug: string; name: string; role: TRole };

function OrgAvatar({ org, size = "md" }: { org: { slug: string; name: string }; size?: "sm" | "md" }) {
  return (
    <span aria-hidden className={cn("grid shrink-0 place-items-center rounded-md font-semibold text-white", toneFor(org.slug), size === "md" ? "size-8 text-xs" : "size-6 text-[10px]")}>
      {initials(org.name)}
    </span>
  );
}

export function OrgSwitcher(props: { current: TOrg; orgs: TOrg[] }) {
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={box} className="relative">
      <button
        type="button"
        aria-controls={open ? "org-switcher-list" : undefined}
        aria-expanded={open}
        aria-label={`Organization: ${props.current.name}. Switch organization`}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center gap-3 rounded-xl bg-white/5 px-2.5 py-2 text-left ring-1 ring-white/10 transition-colors hover:bg-white/10"
      >
        <OrgAvatar org={props.current} />
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-semibold text-white">{props.current.name}</span>
          <span className="block text-xs text-slate-400">{ROLE_LABELS[props.current.role]}</span>
        </span>
        <ChevronsUpDown className="size-4 text-slate-400" aria-hidden />
      </button>
      {open ? (
        <div id="org-switcher-list" className="absolute inset-x-0 top-full z-50 mt-2 overflow-hidden rounded-xl bg-white py-1.5 shadow-xl ring-1 ring-slate-200">
          <p id="org-switcher-heading" className="px-3 pb-1 pt-1.5 text-[11px] font-semibold uppercase tracking-wider text-slate-500">Your organizations</p>
          <nav aria-labelledby="org-switcher-heading" className="max-h-64 overflow-y-auto">
            {props.orgs.map((org) => (
              <Link
                key={org.id}
                href={`/o/${org.slug}`}
                aria-current={org.id === props.current.id ? "true" : undefined}
                onClick={() => setOpen(false)}
                className="flex items-center gap-2.5 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
              >
                <OrgAvatar org={org} size="sm" />
                <span className="min-w-0 flex-1 truncate">{org.name}</span>
                {org.id === props.current.id ? <Check className="size-4 text-brand-600" aria-hidden /> : null}
              </Link>
            ))}
          </nav>
          <div className="my-1.5 border-t border-slate-100" />
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              setCreating(true);
            }}
            className="flex w-full items-center gap-2.5 px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            <span className="grid size-6 place-items-center rounded-md border border-dashed border-slate-300 text-slate-500">
              <Plus className="size-3.5" aria-hidden />
            </span>
            Create organization
          </button>
        </div>
      ) : null}
      <CreateOrgDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
