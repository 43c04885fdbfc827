// Runs once when a server instance starts: refuse to serve with a broken configuration (missing or malformed keys,
// secrets, database URL) instead of failing on the first request that needs them.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/lib/boot-check");
}
