import "server-only";
import { AppError } from "@/lib/server/errors";

type THeaders = { get(name: string): string | null };

// Browsers send Origin on every cross-site POST; a mutation authenticated by cookie must come from our own pages.
export function assertSameOrigin(headers: THeaders) {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) throw new AppError("forbidden", "Cross-site request refused.");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden", "Cross-site request refused.");
  }
  if (originHost !== host) throw new AppError("forbidden", "Cross-site request refused.");
}
