"use client";
import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

export function CopyButton(props: { text: string; label?: string; size?: "sm" | "md" }) {
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  async function copy() {
    await navigator.clipboard.writeText(props.text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <Button variant="secondary" size={props.size ?? "sm"} onClick={copy} disabled={!hydrated} aria-label={props.label ?? "Copy"}>
      {copied ? <Check className="size-4 text-emerald-600" aria-hidden /> : <Copy className="size-4" aria-hidden />}
      <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
    </Button>
  );
}

export function CodeBlock(props: { code: string; label: string }) {
  return (
    <div className="overflow-hidden rounded-lg bg-slate-900 ring-1 ring-slate-800">
      <div className="flex items-center justify-between border-b border-white/10 px-3 py-1.5">
        <span className="text-xs font-medium text-slate-400">{props.label}</span>
        <CopyButton text={props.code} label={`Copy ${props.label}`} />
      </div>
      <pre className="overflow-x-auto p-4 text-[13px] leading-relaxed text-slate-100"><code>{props.code}</code></pre>
    </div>
  );
}
