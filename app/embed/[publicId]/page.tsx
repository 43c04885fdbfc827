"use client";
// PLACEHOLDER SHELL: the widget engineer replaces this file with the real embedded call page. It exists so the
// embed loader's e2e spec has a real same-origin page to frame; keep its contract when replacing it: post
// {ringlink: 1, type: "close" | "resize" | "state"} to the embedding origin only (never "*").
import { use, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

type TProps = { searchParams: Promise<{ origin?: string | string[] }> };

// Only a well-formed origin (scheme://host[:port], nothing else) is used as the postMessage target.
function embeddingOrigin(value: unknown) {
  if (typeof value != "string") return null;
  try {
    return new URL(value).origin === value ? value : null;
  } catch {
    return null;
  }
}

export default function EmbedShellPage({ searchParams }: TProps) {
  const origin = embeddingOrigin(use(searchParams).origin);
  // Enabled once hydrated, so a click can never land before the handler exists.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const close = () => {
    if (origin) window.parent.postMessage({ ringlink: 1, type: "close" }, origin);
  };
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold text-slate-900">Ringlink call panel</h1>
      <p className="text-sm text-slate-500">The call page appears here.</p>
      <Button onClick={close} disabled={!ready}>
        Close
      </Button>
    </main>
  );
}
