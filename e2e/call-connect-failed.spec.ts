// A call that never gets through: the trunk's SBC does not answer (here a loopback port nobody listens on, so the
// WebSocket is refused at once). The visitor is told the call could not be connected, not that a connection "was
// lost" or "dropped", and the attempt is recorded as a network failure without an answer. Screenshot:
// test-results/ (connect-failed.png).
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { en } from "../lib/shared/widget/call-i18n/en";
import { en as widgetEn } from "../lib/shared/widget/i18n/en";
import { createOrganization, createWidgetRow } from "../prisma/factories";
import { testDb } from "./fixtures/db";

async function closedPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("an unreachable SBC: 'we could not connect your call', quickly, and the attempt is on record", async ({ page }) => {
  const org = await createOrganization(testDb());
  const trunk = await testDb().trunk.create({
    data: { organizationId: org.id, name: "PBX", wsUrl: `ws://127.0.0.1:${await closedPort()}/ws`, sipDomain: "pbx.example.test", authMode: "NONE" },
  });
  const w = await createWidgetRow(testDb(), org.id, { trunkId: trunk.id });

  await page.goto(`/c/${w.slug}`);
  await expect(page.getByTestId("mic-ready")).toBeVisible();
  const pressedAt = Date.now();
  await page.getByRole("button", { name: "Call now" }).click();
  const dialer = page.getByTestId("dialer");
  await expect(dialer).toHaveAttribute("data-state", "ended");
  const endedAfterMs = Date.now() - pressedAt;
  await expect(dialer).toHaveAttribute("data-reason", "network-failure");
  await expect(page.getByTestId("end-message")).toHaveText(en.endConnectFailed);
  await expect(page.getByTestId("end-message")).not.toContainText(widgetEn.errorNetwork);
  await page.screenshot({ path: test.info().outputPath("connect-failed.png"), fullPage: true });
  console.log(`unreachable SBC: the visitor was told after ${endedAfterMs} ms`);

  // The page reported the attempt: minted, then ended without an answer.
  await expect.poll(async () => testDb().call.findFirst({ where: { widgetId: w.id }, select: { status: true, endReason: true, answeredAt: true } })).toMatchObject({
    status: "ENDED",
    endReason: "network-failure",
    answeredAt: null,
  });
});
