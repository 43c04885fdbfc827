import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, signedInContext, testDb } from "./fixtures/auth";
import { actionOutcome, callAction, captureAction } from "./fixtures/server-action";

const NEEDS_TURN = /^Relay only needs at least one TURN server: without one, browsers gather no candidates/;
const axeIssues = async (page: Page) =>
  (await new AxeBuilder({ page }).include("form").analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);

test("an admin makes a set relay only from the keyboard; it is saved, badged, and keeps its TURN server", async ({ page, context }) => {
  const { org } = await signedInContext(context, "ADMIN");
  const plain = await testDb().iceServerSet.create({ data: { organizationId: org.id, name: "Office STUN" } });
  await page.goto(`/o/${org.slug}/ice-servers/new`);
  await page.getByLabel("Set name").fill("Private relay");
  const urls = page.getByRole("textbox", { name: "URLs, one per line" });
  await urls.nth(0).fill("stun:stun.example.org:3478");
  await urls.nth(1).fill("turn:turn.example.org:3478?transport=udp\nturns:turn.example.org:443");
  await page.getByLabel("Shared secret").fill(`relay-${randomBytes(12).toString("hex")}`);

  const relay = page.getByRole("switch", { name: "Relay only (TURN)" });
  await expect(relay).toHaveAttribute("aria-checked", "false");
  await expect(relay).toHaveAccessibleDescription(/always goes through your TURN server: their IP address stays hidden from the PBX side/);
  await relay.focus();
  await page.keyboard.press("Space");
  await expect(relay).toHaveAttribute("aria-checked", "true");
  expect(await axeIssues(page)).toEqual([]);
  await page.getByRole("button", { name: "Create set" }).click();

  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/ice-servers/(?!new$)[a-z0-9]+$`));
  const setId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: "Private relay" })).toBeVisible();
  await expect(page.getByText("Relay only", { exact: true })).toBeVisible();
  await expect(relay).toHaveAttribute("aria-checked", "true");
  expect(await testDb().iceServerSet.findUniqueOrThrow({ where: { id: setId } })).toMatchObject({ relayOnly: true });
  const created = await testDb().auditLog.findFirstOrThrow({ where: { organizationId: org.id, resourceId: setId } });
  expect(created).toMatchObject({ action: "ice_set.create", metadata: { relayOnly: true } });

  // The list badges the relay-only set and only that one.
  await page.goto(`/o/${org.slug}/ice-servers`);
  const card = (name: string) => page.getByRole("link").filter({ has: page.getByRole("heading", { name }) });
  await expect(card("Private relay").getByText("Relay only", { exact: true })).toBeVisible();
  await expect(card(plain.name)).toBeVisible();
  await expect(card(plain.name).getByText("Relay only", { exact: true })).toHaveCount(0);

  // Removing the only TURN server while relay only is on is refused at the switch, and nothing is saved.
  await card("Private relay").click();
  await expect(relay).toHaveAttribute("aria-checked", "true");
  await page.getByRole("button", { name: "Remove server 2" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(relay).toHaveAccessibleDescription(NEEDS_TURN);
  await expect(relay).toHaveAttribute("aria-invalid", "true");
  expect(await axeIssues(page)).toEqual([]);
  await expect(page.getByRole("status")).toHaveCount(0);
  expect(await testDb().iceServer.count({ where: { setId, kind: "TURN" } })).toBe(1);

  // The server refuses it too when the browser's check is skipped: the same save replayed without the TURN server.
  await page.reload();
  const save = await captureAction(page, () => page.getByRole("button", { name: "Save changes" }).click());
  await expect(page.getByRole("status")).toHaveText("Saved.");
  const [slug, args] = JSON.parse(save.body) as [string, { setId: string; values: { servers: { kind: string }[] } }];
  args.values.servers = args.values.servers.filter((s) => s.kind !== "TURN");
  const refused = await callAction(context.request, save, [slug, args]);
  expect(actionOutcome(refused.text)).toEqual({ ok: false, code: "bad_request" });
  expect(refused.text).toContain('"values.relayOnly":"Relay only needs at least one TURN server');
  expect(await testDb().iceServer.count({ where: { setId, kind: "TURN" } })).toBe(1);
  expect(await testDb().iceServerSet.findUniqueOrThrow({ where: { id: setId } })).toMatchObject({ relayOnly: true });

  // Turning relay only off in the same save lets the TURN server go.
  await page.reload();
  await relay.click();
  await expect(relay).toHaveAttribute("aria-checked", "false");
  await page.getByRole("button", { name: "Remove server 2" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByText("Relay only", { exact: true })).toHaveCount(0);
  expect(await testDb().iceServerSet.findUniqueOrThrow({ where: { id: setId }, select: { relayOnly: true, servers: { select: { kind: true } } } })).toEqual({
    relayOnly: false,
    servers: [{ kind: "STUN" }],
  });
});
