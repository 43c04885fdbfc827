import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getCallPage } from "@/lib/server/widgets/get-call-page";
import { isOriginAllowed } from "@/lib/shared/widget/origins";
import { CallPage } from "@/components/call/call-page";
import { EmbedBridge } from "@/components/call/embed-bridge";
import { requestCallback } from "../../c/actions";

type TProps = { params: Promise<{ publicId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { robots: { index: false } };

const param = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 2000) : null);

// The call page inside the embed loader's iframe. The browser enforces frame-ancestors (set in proxy.ts); the
// `origin` parameter only tells this page whom to talk to, so it is accepted only if it is an allowed origin:
// messages go to that exact origin, never '*'. The loader's panel has its own close control and title bar.
export default async function EmbedCallPage(props: TProps) {
  const { publicId } = await props.params;
  const sp = await props.searchParams;
  if (!/^[A-Za-z0-9]{12,32}$/.test(publicId)) notFound();
  const page = await getCallPage({ publicId }, { acceptLanguage: (await headers()).get("accept-language"), lang: param(sp.lang) });
  if (!page) notFound();
  const origin = param(sp.origin);
  const parentOrigin = origin && isOriginAllowed(origin, page.allowedOrigins) ? origin : null;
  return (
    <div className="min-h-dvh bg-(--rl-bg)">
      <CallPage
        widget={page.widget}
        mode="embed"
        onCallback={requestCallback}
        pageUrl={param(sp.page)}
        parentOrigin={parentOrigin}
      />
      {parentOrigin ? <EmbedBridge parentOrigin={parentOrigin} /> : null}
    </div>
  );
}
