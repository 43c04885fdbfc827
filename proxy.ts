import { NextResponse, type NextRequest } from "next/server";
import { getFramingPolicy } from "@/lib/server/widgets/get-call-page";
import { frameAncestors } from "@/lib/shared/widget/origins";

// A cheap, optimistic check only: a dashboard request carrying no session cookie at all cannot be signed in, so it
// goes straight to sign-in with a way back. Whether a cookie is valid (signature, revoked row, disabled user,
// membership) is decided by the guards in lib/server/guard on every request; this file never grants anything.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function dashboard(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const url = new URL("/sign-in", request.url);
  url.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(url);
}

// Framing headers for the visitor's call pages, per widget: a page component cannot set response headers, and the
// allowed origins live in the database. All other paths get `frame-ancestors 'none'` + X-Frame-Options from
// next.config.ts; these two paths must not (X-Frame-Options would override the allow-list in older browsers).
async function callPage(request: NextRequest, kind: string | undefined, key: string | undefined) {
  let allowed: string[] = [];
  if (key && kind === "c" && /^[a-z0-9-]{1,60}$/.test(key)) {
    const w = await getFramingPolicy({ slug: key });
    allowed = w?.hostedLinkEnabled ? w.allowedOrigins : [];
  } else if (key && kind === "embed" && /^[A-Za-z0-9]{12,32}$/.test(key)) {
    allowed = (await getFramingPolicy({ publicId: key }))?.allowedOrigins ?? [];
  }
  const res = NextResponse.next();
  res.headers.set("Content-Security-Policy", `${frameAncestors(allowed)}; base-uri 'none'; object-src 'none'`);
  // The iframe document is same-origin with itself, so (self) is what lets it use the microphone once the
  // embedding page delegates it with allow="microphone".
  res.headers.set("Permissions-Policy", "microphone=(self), camera=(), geolocation=()");
  res.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  res.headers.delete("X-Frame-Options");
  return res;
}

export async function proxy(request: NextRequest) {
  const [, kind, key] = request.nextUrl.pathname.split("/");
  if (kind === "o") return dashboard(request);
  return callPage(request, kind, key);
}

export const config = { matcher: ["/o/:path*", "/c/:path*", "/embed/:path*"] };
