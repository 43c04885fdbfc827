// Where to go after signing in. Only a path on this site: an absolute or protocol-relative URL from the query string
// would make the sign-in page an open redirect ("/sign-in?callbackUrl=https://evil.example" looks trustworthy).
const BASE = "http://ringlink.invalid";

export function safeCallbackUrl(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 2000 || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  // Back to sign-in or into next-auth's own endpoints would loop or do something surprising.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
