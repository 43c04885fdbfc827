// The same call from the embedded widget: a customer's page on another loopback origin (127.0.0.2) frames the call
// page; minting checks that origin against the widget's allowed list, and the call carries audio both ways.
import { expect, test } from "@playwright/test";
import { callsOf, createLabWidget } from "./lab-seed";
import { labFromEnv, type TLabHandle } from "./lab";
import { dialer, expectAgentHeardUs, expectNoLeaks, expectState, expectTwoWayAudio, pressCall } from "./call-page";

test.skip(!process.env.RINGLINK_BASE_URL, "needs the app: run through npm test -- lab");

let lab: TLabHandle;
test.beforeAll(async () => void (lab = await labFromEnv()));
test.afterAll(() => lab?.agent.client.close());

const site = () => process.env.RINGLINK_LAB_SITE!;

async function openEmbedded(page: import("@playwright/test").Page, publicId: string) {
  await page.goto(`${site()}/pricing?widget=${publicId}&utm_campaign=embed`);
  const frame = page.frame({ url: (u) => u.pathname.startsWith("/embed/") });
  expect(frame).not.toBeNull();
  return frame!;
}

test("embedded on an allowed origin: the visitor calls the agent with audio both ways", async ({ page }) => {
  const { widget } = await createLabWidget(lab, { allowedOrigins: [site()] });
  const frame = await openEmbedded(page, widget.publicId);
  const since = Date.now();
  await pressCall(frame);
  await expectState(frame, "in-call");
  await lab.agent.client.waitForEvent("CALL_ESTABLISHED", { since });
  await expectTwoWayAudio(frame);
  await frame.getByRole("button", { name: /hang up/i }).click();
  await expectState(frame, "ended");
  await expect(dialer(frame)).toHaveAttribute("data-reason", "hangup-visitor");
  await lab.agent.client.waitForEvent("CALL_CLOSED", { since });
  expectAgentHeardUs(lab);
  await expectNoLeaks(frame);
  const [call] = await callsOf(widget.id);
  expect(call).toMatchObject({ origin: site(), pageUrl: `${site()}/pricing?widget=${widget.publicId}&utm_campaign=embed`, utm: { utm_campaign: "embed" } });
  // The page told its parent about the call's states, addressed to the parent's exact origin.
  const messages = await page.evaluate(() => (window as unknown as { ringlinkMessages: { origin: string; data: { type: string; state?: string } }[] }).ringlinkMessages);
  expect(messages.filter((m) => m.data.type === "state").map((m) => m.data.state)).toEqual(expect.arrayContaining(["connecting", "in-call", "ended"]));
});

test("embedded on an origin that is not allowed: no call is minted", async ({ page }) => {
  const { widget } = await createLabWidget(lab, { allowedOrigins: ["https://shop.example"] });
  await page.goto(`${site()}/pricing?widget=${widget.publicId}`);
  // The browser refuses to frame the page (CSP frame-ancestors); minting with this origin is refused as well.
  const res = await page.request.post(`${process.env.RINGLINK_BASE_URL}/api/v1/widgets/${widget.publicId}/calls`, {
    headers: { origin: process.env.RINGLINK_BASE_URL! },
    data: { origin: site(), formAnswers: {} },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.details.reason).toBe("origin_not_allowed");
  expect(await callsOf(widget.id)).toHaveLength(0);
});
