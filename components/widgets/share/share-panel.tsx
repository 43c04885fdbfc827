"use client";
import { useMemo, useState } from "react";
import { ExternalLink } from "lucide-react";
import { Card, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { CodeBlock, CopyButton } from "./copy-button";
import { QrCode } from "./qr-code";
import { attachSnippet, floatingSnippet, inlineSnippet, type TSnippetInput } from "./snippets";

const UTM = [
  { key: "utm_source", label: "Source", placeholder: "newsletter" },
  { key: "utm_medium", label: "Medium", placeholder: "email" },
  { key: "utm_campaign", label: "Campaign", placeholder: "spring-sale" },
  { key: "utm_term", label: "Term", placeholder: "optional" },
  { key: "utm_content", label: "Content", placeholder: "optional" },
] as const;

export function ShareLink(props: { hostedUrl: string; enabled: boolean; slug: string }) {
  const [utm, setUtm] = useState<Record<string, string>>({});
  const url = useMemo(() => {
    const u = new URL(props.hostedUrl);
    for (const { key } of UTM) if (utm[key]?.trim()) u.searchParams.set(key, utm[key].trim());
    return u.toString();
  }, [props.hostedUrl, utm]);
  if (!props.enabled) {
    return (
      <Card>
        <CardHeader title="Hosted link" description="Turned off for this widget. Enable it under Settings → Access." />
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader title="Hosted link" description="A call page on its own: share it in emails, ads, QR codes and signatures." />
      <div className="grid gap-6 p-5 lg:grid-cols-[1fr_auto]">
        <div className="min-w-0 space-y-5">
          <div className="flex items-center gap-2">
            <Input readOnly value={url} aria-label="Hosted link" className="font-mono text-[13px]" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={url} label="Copy hosted link" size="md" />
            <a href={url} target="_blank" rel="noreferrer" className="rounded-lg p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-800" aria-label="Open hosted link">
              <ExternalLink className="size-4" aria-hidden />
            </a>
          </div>
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-800">Campaign parameters (UTM)</legend>
            <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
              {UTM.map((p) => (
                <label key={p.key} className="block space-y-1">
                  <span className="block text-xs font-medium text-slate-600">{p.label}</span>
                  <Input value={utm[p.key] ?? ""} placeholder={p.placeholder} maxLength={100} onChange={(e) => setUtm((u) => ({ ...u, [p.key]: e.target.value }))} aria-label={p.key} />
                </label>
              ))}
            </div>
            <p className="mt-2 text-sm text-slate-500">They are added to the link and the QR code, and recorded with each call.</p>
          </fieldset>
        </div>
        <QrCode url={url} fileName={`ringlink-${props.slug}`} />
      </div>
    </Card>
  );
}

const VARIANTS = [
  { id: "floating", label: "Floating button", help: "A button in the corner of every page. Paste before </body>.", make: floatingSnippet },
  { id: "inline", label: "Inline button", help: "The button sits in your page's content, where you paste it.", make: inlineSnippet },
  { id: "attach", label: "Your own element", help: "Any element matching the selector opens the call panel.", make: attachSnippet },
] as const;

export function EmbedSnippets(props: { snippet: TSnippetInput; allowedOrigins: string[] }) {
  const [tab, setTab] = useState<(typeof VARIANTS)[number]["id"]>("floating");
  const v = VARIANTS.find((x) => x.id === tab)!;
  return (
    <Card>
      <CardHeader title="Embed on your site" description="Copy one snippet into your site's HTML. The loader is under 2 KB and loads nothing until a visitor clicks." />
      <div className="space-y-4 p-5">
        {props.allowedOrigins.length === 0 ? (
          <p className="rounded-lg bg-amber-50 px-4 py-2.5 text-sm text-amber-800 ring-1 ring-amber-200">
            No allowed sites yet: browsers will refuse to show the call panel anywhere. Add your site under Settings → Access.
          </p>
        ) : (
          <p className="text-sm text-slate-600">Works on: {props.allowedOrigins.map((o) => <code key={o} className="mr-1.5 rounded bg-slate-100 px-1.5 py-0.5 text-[13px]">{o}</code>)}</p>
        )}
        <div role="tablist" aria-label="Snippet type" className="flex gap-1 rounded-lg bg-slate-100 p-1">
          {VARIANTS.map((x) => (
            <button key={x.id} type="button" role="tab" aria-selected={x.id === tab} onClick={() => setTab(x.id)} className={`flex-1 rounded-md px-3 py-1.5 text-sm font-medium ${x.id === tab ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}>
              {x.label}
            </button>
          ))}
        </div>
        <p className="text-sm text-slate-500">{v.help}</p>
        <CodeBlock code={v.make(props.snippet)} label={`${v.label} snippet`} />
      </div>
    </Card>
  );
}
