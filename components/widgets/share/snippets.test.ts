import { test, expect } from "vitest";
import { ZAppearance } from "@/lib/shared/widget/appearance";
import { BUILT_IN } from "@/lib/shared/widget/i18n";
import { attachSnippet, floatingSnippet, inlineSnippet } from "./snippets";

const input = {
  origin: "https://calls.example.com",
  publicId: "AbCdEf0123456789",
  appearance: ZAppearance.parse({ primaryColor: "#0f766e", position: "bottom-left" }),
  texts: { ...BUILT_IN.en, buttonLabel: 'Call "us" <now> & save' },
  lang: "auto",
};

test("the floating snippet follows the loader's contract", () => {
  const s = floatingSnippet(input);
  expect(s.startsWith('<script async src="https://calls.example.com/embed.js"')).toBe(true);
  for (const attr of ['data-widget="AbCdEf0123456789"', 'data-color="#0f766e"', 'data-text-color="#ffffff"', 'data-mode="floating"', 'data-position="bottom-left"', 'data-lang="auto"', 'data-offline-label="Request a callback"']) {
    expect(s).toContain(attr);
  }
  expect(s.endsWith("></script>")).toBe(true);
});

test("admin text is escaped inside attributes and element text", () => {
  expect(floatingSnippet(input)).toContain('data-label="Call &quot;us&quot; &lt;now&gt; &amp; save"');
  expect(attachSnippet(input)).toContain('<button id="call-us">Call &quot;us&quot; &lt;now&gt; &amp; save</button>');
  expect(attachSnippet(input)).toContain('data-target="#call-us"');
  expect(inlineSnippet(input)).toContain('data-mode="inline"');
});
