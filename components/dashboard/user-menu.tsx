"use client";
import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { initials } from "./initials";

// Signing out goes through next-auth's own endpoint, which also revokes the server-side session row.
export function UserMenu(props: { name: string; email: string }) {
  return (
    <div className="flex items-center gap-3 rounded-xl px-2 py-2">
      <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-full bg-slate-700 text-xs font-semibold text-white ring-2 ring-slate-800">
        {initials(props.name || props.email)}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-white">{props.name}</p>
        <p className="truncate text-xs text-slate-400">{props.email}</p>
      </div>
      <button
        type="button"
        onClick={() => void signOut({ callbackUrl: "/sign-in" })}
        className="rounded-lg p-2 text-slate-400 transition-colors hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-brand-500"
        aria-label="Sign out"
        title="Sign out"
      >
        <LogOut className="size-4" aria-hidden />
      </button>
    </div>
  );
}
