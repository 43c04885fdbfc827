import type { TAppearance } from "@/lib/shared/widget/appearance";
import type { TTexts } from "@/lib/shared/widget/i18n";

// Embed snippets in the loader's contract (data- attributes only; the loader makes no request before a click).
// Attribute values are HTML-escaped: labels are admin text.
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export type TSnippetInput = { origin: string; publicId: string; appearance: TAppearance; texts: TTexts; lang: string };

function script(s: TSnippetInput, extra: Record<string, string>) {
  const attrs: Record<string, string> = {
    "data-widget": s.publicId,
    "data-label": s.texts.buttonLabel,
    "data-offline-label": s.texts.offlineButtonLabel,
    "data-color": s.appearance.primaryColor,
    "data-text-color": s.appearance.textColor,
    "data-lang": s.lang,
    ...extra,
  };
  const list = Object.entries(attrs).map(([k, v]) => `\n  ${k}="${esc(v)}"`).join("");
  return `<script async src="${s.origin}/embed.js"${list}></script>`;
}

export function floatingSnippet(s: TSnippetInput) {
  return script(s, { "data-mode": "floating", "data-position": s.appearance.position });
}

export function inlineSnippet(s: TSnippetInput) {
  return `<!-- The button appears where this script is placed. -->\n${script(s, { "data-mode": "inline" })}`;
}

export function attachSnippet(s: TSnippetInput) {
  return `<!-- Your own element opens the call panel. -->\n<button id="call-us">${esc(s.texts.buttonLabel)}</button>\n${script(s, { "data-target": "#call-us", "data-position": s.appearance.position })}`;
}
