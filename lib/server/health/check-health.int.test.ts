import { test, expect } from "vitest";
import { checkHealth } from "./check-health";

test("reports the database as ok against the real PostgreSQL", async () => {
  const h = await checkHealth();
  expect(h).toMatchObject({ status: "ok", app: "ok", database: "ok" });
});
