import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { getWidget } from "@/lib/server/widgets/get-widget";
import { publicOrigin } from "@/lib/server/http/public-origin";
import { resolveTexts, type TLanguage } from "@/lib/shared/widget/i18n";
import { ShareLink, EmbedSnippets } from "@/components/widgets/share/share-panel";

export const metadata = { title: "Share & embed" };

export default async function ShareWidgetPage({ params, searchParams }: { params: Promise<{ orgSlug: string; widgetId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { orgSlug, widgetId } = await params;
  const { created } = await searchParams;
  const ctx = await requireOrgPage(orgSlug, "widgets.read");
  const w = await getWidget(ctx.org.id, widgetId);
  const origin = await publicOrigin();
  const lang = w.input.languages[0] as TLanguage;
  const snippet = { origin, publicId: w.publicId, appearance: w.input.appearance, texts: resolveTexts(lang, w.input.texts), lang: w.input.languages.length > 1 ? "auto" : lang };
  return (
    <div className="space-y-6">
      {created ? <p role="status" className="rounded-lg bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800 ring-1 ring-emerald-200">Widget created. Share the link or paste a snippet on your site.</p> : null}
      <ShareLink hostedUrl={`${origin}/c/${w.slug}`} enabled={w.input.hostedLinkEnabled} slug={w.slug} />
      <EmbedSnippets snippet={snippet} allowedOrigins={w.input.allowedOrigins} />
    </div>
  );
}
