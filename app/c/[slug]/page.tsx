import { cache } from "react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getCallPage } from "@/lib/server/widgets/get-call-page";
import { CallPage } from "@/components/call/call-page";
import { requestCallback } from "../actions";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The hosted call link. Server-rendered; the open/closed state is computed here from the widget's hours.
// Framing headers (frame-ancestors, Permissions-Policy) are set in proxy.ts for this path.
// cache(): metadata and page share one lookup per request.
const lookup = cache(async (slug: string, lang: string | null) => {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const page = await getCallPage({ slug }, { acceptLanguage: (await headers()).get("accept-language"), lang });
  return page && page.hostedLinkEnabled ? page : null;
});

async function load(props: TProps) {
  const [{ slug }, sp] = await Promise.all([props.params, props.searchParams]);
  return lookup(slug, typeof sp.lang === "string" ? sp.lang : null);
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const page = await load(props);
  if (!page) return { title: "Not found" };
  const name = page.widget.appearance.companyName;
  return { title: { absolute: name ? `${page.widget.texts.title} · ${name}` : page.widget.texts.title }, description: page.widget.texts.subtitle };
}

export default async function HostedCallPage(props: TProps) {
  const page = await load(props);
  if (!page) notFound();
  return <CallPage widget={page.widget} mode="hosted" onCallback={requestCallback} />;
}
