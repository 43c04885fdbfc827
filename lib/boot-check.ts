import "server-only";
import { env } from "@/lib/env";

// Node runtime only (imported from instrumentation.ts): exit with the reason instead of serving broken requests.
try {
  env();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
