"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

// next-auth's signOut posts to /api/auth/signout (CSRF-checked), whose signOut event revokes the UserSession row:
// a copy of the cookie stops working on every app instance, not just in this browser.
// "menu" fits a user menu (quiet, left-aligned); "button" is a standalone secondary button.
export function SignOutButton(props: { className?: string; label?: string; variant?: "menu" | "button" }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: "/sign-in" }).catch(() => setPending(false));
      }}
      className={cn(
        props.variant === "button"
          ? buttonClass("secondary")
          : cn(
              "inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100",
              "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60",
            ),
        props.className,
      )}
    >
      <LogOut className="size-4" aria-hidden="true" />
      {pending ? "Signing out…" : (props.label ?? "Sign out")}
    </button>
  );
}
