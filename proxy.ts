import { NextResponse, type NextRequest } from "next/server";

// A cheap, optimistic check only: a dashboard request carrying no session cookie at all cannot be signed in, so it
// goes straight to sign-in with a way back. Whether a cookie is valid (signature, revoked row, disabled user,
// membership) is decided by the guards in lib/server/guard on every request; this file never grants anything.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const url = new URL("/sign-in", request.url);
  url.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/o/:path*"] };
