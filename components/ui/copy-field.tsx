"use client";
import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "./button";
import { inputClass } from "./field";
import { cn } from "./cn";

// A read-only value with a copy button, for links shown once.
export function CopyField(props: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(props.id) as HTMLInputElement | null)?.select();
    }
  }
  return (
    <div className="space-y-1.5">
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <div className="flex gap-2">
        <input id={props.id} readOnly value={props.value} onFocus={(e) => e.currentTarget.select()} className={cn(inputClass, "font-mono text-xs")} />
        <Button variant="secondary" onClick={copy} aria-label={copied ? "Copied" : "Copy link"}>
          {copied ? <Check className="size-4 text-emerald-600" aria-hidden /> : <Copy className="size-4" aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
