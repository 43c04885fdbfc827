import "server-only";
import { headers } from "next/headers";

// The origin visitors reach this app on, for hosted links and embed snippets: the configured public URL when
// there is one (behind a proxy the Host header may be internal), else the request's own host.
export async function publicOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's host
    }
  }
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
