import { toResponse } from "@/lib/server/errors";
import { publishedKeys } from "@/lib/server/crypto/signing-keys";

export const dynamic = "force-dynamic";

// Public keys for call tokens. Short cache: a verifier elsewhere must see a rotated key within a minute, and one
// that meets an unknown kid should refetch.
export async function GET() {
  try {
    return Response.json(await publishedKeys(), {
      headers: { "cache-control": "public, max-age=60", "content-type": "application/jwk-set+json" },
    });
  } catch (err) {
    return toResponse(err);
  }
}
