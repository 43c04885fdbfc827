import { cryptoWorkload } from "@/lib/server/calls/crypto-workload";

export const dynamic = "force-dynamic";

// Benchmark baseline only (RINGLINK_BENCH=1): the mint endpoint's cryptography, nothing else. 404 otherwise.
export async function POST() {
  if (process.env.RINGLINK_BENCH !== "1") return new Response(null, { status: 404 });
  return Response.json(await cryptoWorkload(), { headers: { "cache-control": "no-store" } });
}
