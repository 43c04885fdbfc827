import { test, expect } from "@playwright/test";

test("health endpoint reports app and database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
});
