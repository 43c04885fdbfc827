import { NextResponse, type NextRequest } from "next/server";
import { getFramingPolicy } from "@/lib/server/widgets/get-call-page";
import { frameAncestors } from "@/lib/shared/widget/origins";

// Two jobs, by path:
// - /o/…: a cheap, optimistic check only: a dashboard request carrying no session cookie at all cannot be signed
//   in, so it goes straight to sign-in with a way back. Whether a cookie is valid (signature, revoked row, disabled
//   user, membership) is decided by the guards in lib/server/guard on every request; this never grants anything.
// - /c/… and /embed/…: the visitor's call pages get framing headers per widget (a page component cannot set
//   response headers, and the allowed origins live in the database). next.config.ts gives every other path
//   `frame-ancestors 'none'` + X-Frame-Options; these two must not get X-Frame-Options (it would override the list).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function proxy(request: NextRequest) {
  const [, first, key] = request.nextUrl.pathname.split("/");
  if (first === "c" || first === "embed") return callPageHeaders(first, key);
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const url = new URL("/sign-in", request.url);
  url.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(url);
}

async function callPageHeaders(kind: "c" | "embed", key: string | undefined) {
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
  res.headers.set("X-Content-Type-Options", "nosniff");
  res.headers.delete("X-Frame-Options");
  return res;
}

export const config = { matcher: ["/o/:path*", "/c/:path*", "/embed/:path*"] };
