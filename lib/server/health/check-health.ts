import "server-only";
import { db } from "@/lib/db";

// Load balancers poll this: it must answer fast and never leak connection details.
export async function checkHealth() {
  const started = performance.now();
  let database: "ok" | "unavailable" = "ok";
  try {
    await Promise.race([
      db.$queryRaw`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
    ]);
  } catch (err) {
    console.error("health: database check failed", err instanceof Error ? err.message : err);
    database = "unavailable";
  }
  return {
    status: database === "ok" ? ("ok" as const) : ("degraded" as const),
    app: "ok" as const,
    database,
    latencyMs: Math.round(performance.now() - started),
    time: new Date().toISOString(),
  };
}
