// The embed loader (public/embed.js) on a customer's site served from a second loopback origin, framing the
// app's /embed/<publicId> page. Screenshots go to test-results/ (embed-*.png).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { appUrl, expect, newWidget, snippet, test, type TSnippet } from "./fixtures/host-site";

const floating = (widget: string, extra: TSnippet = {}): TSnippet => ({
  widget, label: "Call us", color: "#2553e0", "text-color": "#ffffff", position: "bottom-right", mode: "floating", lang: "auto", ...extra,
});
const launcherOf = (page: Page, name = "Call us") => page.getByRole("button", { name });
const dialogOf = (page: Page, name = "Call us") => page.getByRole("dialog", { name });
const panelFrame = async (page: Page) => (await page.locator("ringlink-widget iframe").first().elementHandle())!.contentFrame();
const shot = (name: string) => test.info().outputPath(`embed-${name}.png`);

// Messages a page received, in order: lets a test wait until a forged message has certainly been handled.
async function recordMessages(page: Page) {
  await page.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(window, { seen });
    addEventListener("message", (e) => seen.push(e.data));
  });
  return (marker: string) => expect.poll(() => page.evaluate((m) => (window as unknown as { seen: unknown[] }).seen.includes(m), marker)).toBe(true);
}

test("the launcher renders from the snippet alone: open shadow root, isolated styles, no request, no globals", async ({ page, site }) => {
  const app = appUrl();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(site.page(""));
  const globalsBefore = await page.evaluate(() => Object.getOwnPropertyNames(window));

  const id = await newWidget(site.origin);
  await page.goto(site.page(snippet(floating(id))));
  const launcher = launcherOf(page);
  await expect(launcher).toBeVisible();
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
  await expect(launcher).toHaveAttribute("aria-controls", "p");
  expect(await page.locator("ringlink-widget").evaluate((host) => host.shadowRoot?.mode)).toBe("open");
  const style = await launcher.evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, color: s.color, font: s.fontFamily, spacing: s.letterSpacing, radius: s.borderRadius, shadow: s.boxShadow };
  });
  // The site's `button{background:hotpink!important}` and inherited serif font never reach the shadow root.
  expect(style).toMatchObject({ bg: "rgb(37, 83, 224)", color: "rgb(255, 255, 255)", font: "system-ui", spacing: "normal", radius: "99px" });
  expect(style.shadow).not.toBe("none");
  const box = (await launcher.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(Math.round(viewport.width - box.x - box.width)).toBe(20);
  expect(Math.round(viewport.height - box.y - box.height)).toBe(20);
  await page.screenshot({ path: shot("desktop-closed") });

  await launcher.hover();
  await page.screenshot({ path: shot("desktop-hover"), clip: { x: box.x - 40, y: box.y - 40, width: box.width + 60, height: box.height + 60 } });
  await launcher.focus();
  await page.waitForLoadState("networkidle");
  expect(requests.filter((u) => u.startsWith(app))).toEqual([`${app}/embed.js`]);
  const globalsAfter = await page.evaluate(() => Object.getOwnPropertyNames(window));
  expect(globalsAfter.filter((name) => !globalsBefore.includes(name))).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);

  await launcher.click();
  await expect.poll(() => requests.filter((u) => u.startsWith(`${app}/embed/${id}?`)).length).toBe(1);
});

test("a click opens the call page in a dialog panel with the contract's URL, and its close message closes it", async ({ page, site }) => {
  const app = appUrl();
  const id = await newWidget(site.origin);
  const target = site.page(snippet(floating(id)));
  const referrer = site.page(`<p><a id="go" href="${target}">Talk to us</a></p>`);
  await page.goto(referrer);
  await page.locator("#go").click();
  await page.waitForURL(target);

  const launcher = launcherOf(page);
  await launcher.click();
  const dialog = dialogOf(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  await expect(launcher).toHaveAttribute("aria-expanded", "true");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();

  const iframe = page.locator("ringlink-widget iframe");
  const src = new URL((await iframe.getAttribute("src"))!);
  expect(src.origin).toBe(app);
  expect(src.pathname).toBe(`/embed/${id}`);
  expect([...src.searchParams.entries()]).toEqual([["origin", site.origin], ["page", target], ["ref", referrer]]);
  await expect(iframe).toHaveAttribute("allow", "microphone; autoplay");
  await expect(iframe).toHaveAttribute("title", "Call us");
  const callPage = page.frameLocator("ringlink-widget iframe");
  await expect(callPage.getByRole("heading", { name: "Talk to us" })).toBeVisible();

  // Desktop: a 380 x 600 panel anchored at the launcher's corner, above it.
  const panel = (await dialog.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(panel).toMatchObject({ width: 380, height: 600 });
  expect(Math.round(viewport.width - panel.x - panel.width)).toBe(20);
  expect(Math.round(viewport.height - panel.y - panel.height)).toBe(86);
  await page.screenshot({ path: shot("desktop-open") });

  // Escape inside the call page posts {ringlink: 1, type: "close"} to this origin (once it is hydrated).
  await expect(callPage.locator("html[data-rl-ready]")).toHaveCount(1);
  await callPage.getByRole("heading", { name: "Talk to us" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
  await expect(launcher).toBeFocused();

  // Reopening shows the same iframe: it is created once.
  await launcher.click();
  await expect(callPage.getByRole("heading", { name: "Talk to us" })).toBeVisible();
  await expect(iframe).toHaveCount(1);
});

test("keyboard: Tab reaches the launcher, Enter opens, Tab stays in the panel, Escape closes and focus returns", async ({ page, site }) => {
  await page.goto(site.page(snippet(floating(await newWidget(site.origin)))));
  const launcher = launcherOf(page);
  await expect(launcher).toBeVisible();
  for (const name of ["Services", "Prices"]) {
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name })).toBeFocused();
  }
  await page.keyboard.press("Tab");
  await expect(launcher).toBeFocused();
  const box = (await launcher.boundingBox())!;
  await page.screenshot({ path: shot("desktop-focus"), clip: { x: box.x - 20, y: box.y - 20, width: box.width + 40, height: box.height + 40 } });

  await page.keyboard.press("Enter");
  const dialog = dialogOf(page);
  const close = dialog.getByRole("button", { name: "Close" });
  await expect(dialog).toBeVisible();
  await expect(close).toBeFocused();
  const callPage = page.frameLocator("ringlink-widget iframe");
  await expect(callPage.getByRole("heading", { name: "Talk to us" })).toBeVisible();

  // Tab moves into the call page; Tab past its last control wraps back to the panel's close button.
  await expect(callPage.getByRole("button", { name: "Call now" })).toBeEnabled();
  await page.keyboard.press("Tab");
  await expect(callPage.getByRole("button", { name: "Call now" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(close).toBeFocused();
  // Shift+Tab from the first control wraps to the call page.
  await page.keyboard.press("Shift+Tab");
  expect(await page.locator("ringlink-widget").evaluate((host) => host.shadowRoot!.activeElement?.tagName)).toBe("IFRAME");

  await close.focus();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
});

test("messages from another origin or another frame are ignored", async ({ page, site }) => {
  const app = appUrl();
  const id = await newWidget(site.origin);
  await page.goto(site.page(snippet(floating(id))));
  await launcherOf(page).click();
  const dialog = dialogOf(page);
  const callPage = page.frameLocator("ringlink-widget iframe");
  await expect(callPage.getByRole("heading", { name: "Talk to us" })).toBeVisible();
  const handled = await recordMessages(page);

  // Wrong origin and wrong source: the site itself.
  await page.evaluate(() => {
    postMessage({ ringlink: 1, type: "close" }, "*");
    postMessage("done-site", "*");
  });
  await handled("done-site");
  await expect(dialog).toBeVisible();

  // Right origin, wrong source: another frame of the app (the real call page, so its Close posts a real message).
  await page.evaluate((src) => document.body.append(Object.assign(document.createElement("iframe"), { src, name: "other" })), `${app}/embed/${id}?origin=${encodeURIComponent(site.origin)}`);
  const other = page.frameLocator('iframe[name="other"]');
  await expect(other.locator("html[data-rl-ready]")).toHaveCount(1);
  await other.getByRole("heading", { name: "Talk to us" }).click();
  await page.keyboard.press("Escape");
  await page.frame({ name: "other" })!.evaluate(() => parent.postMessage("done-other", "*"));
  await handled("done-other");
  await expect(dialog).toBeVisible();

  // Right source, wrong origin: the panel's own iframe after it navigated to another site.
  const elsewhere = site.page("<p>Not the call page</p>");
  await (await panelFrame(page))!.evaluate((url) => location.assign(url), elsewhere);
  await expect.poll(() => page.frames().some((f) => f.url() === elsewhere)).toBe(true);
  const navigated = page.frames().find((f) => f.url() === elsewhere)!;
  await navigated.waitForLoadState();
  await navigated.evaluate(() => {
    parent.postMessage({ ringlink: 1, type: "close" }, "*");
    parent.postMessage("done-navigated", "*");
  });
  await handled("done-navigated");
  await expect(dialog).toBeVisible();
});

test("during a call the panel stays open until the call page ends it; resize and the opened handshake", async ({ page, site }) => {
  await page.goto(site.page(snippet(floating(await newWidget(site.origin)))));
  const launcher = launcherOf(page);
  await launcher.click();
  const dialog = dialogOf(page);
  const close = dialog.getByRole("button", { name: "Close" });
  await expect(page.frameLocator("ringlink-widget iframe").locator("html[data-rl-ready]")).toHaveCount(1);
  const frame = (await panelFrame(page))!;
  const post = (message: object) => frame.evaluate(([m, to]) => parent.postMessage(m, to), [message, site.origin] as const);

  // A state message is the page's "I am listening": the loader answers "opened", to the call page's origin only.
  const openedFrom = frame.evaluate(
    (to) =>
      new Promise<string>((resolve) => {
        addEventListener("message", (e) => e.data?.ringlink === 1 && e.data.type === "opened" && resolve(e.origin));
        parent.postMessage({ ringlink: 1, type: "state", state: "in-call" }, to);
      }),
    site.origin,
  );
  expect(await openedFrom).toBe(site.origin);
  await expect(close).toBeHidden();
  await launcher.click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeVisible();

  await post({ ringlink: 1, type: "resize", height: 300 });
  await expect.poll(async () => (await dialog.boundingBox())?.height).toBe(352);

  await post({ ringlink: 1, type: "state", state: "ended" });
  await expect(close).toBeVisible();
  await close.click();
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();
});

test("prefers-reduced-motion removes the launcher's transition", async ({ page, site }) => {
  await page.goto(site.page(snippet(floating(await newWidget(site.origin)))));
  const launcher = launcherOf(page);
  const transition = () => launcher.evaluate((el) => getComputedStyle(el).transitionDuration);
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await transition()).toBe("0.2s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await transition()).toBe("0s");
});

test("inline mode renders after the script tag; data-target attaches to the site's own element", async ({ page, site }) => {
  const inlineId = await newWidget(site.origin);
  const targetId = await newWidget(site.origin);
  await page.goto(
    site.page(
      `<div class="card" id="cta"><b>Questions?</b> ${snippet(floating(inlineId, { mode: "inline", label: "Talk to an expert" }))}</div>` +
        `<p><a id="call-link" href="#call">Call our sales team</a></p>${snippet({ widget: targetId, target: "#call-link", label: "Sales" })}`,
    ),
  );
  const inline = launcherOf(page, "Talk to an expert");
  await expect(inline).toBeVisible();
  expect(await page.locator("#cta ringlink-widget").evaluate((host) => host.previousElementSibling?.tagName)).toBe("SCRIPT");
  expect(await inline.evaluate((el) => getComputedStyle(el).position)).toBe("static");
  await page.locator("#cta").screenshot({ path: shot("inline") });

  // data-target: no launcher of its own; the site's link opens the panel and gets focus back.
  await expect(launcherOf(page, "Sales")).toHaveCount(0);
  const link = page.getByRole("link", { name: "Call our sales team" });
  await link.click();
  const dialog = dialogOf(page, "Sales");
  await expect(dialog).toBeVisible();
  await expect(link).toHaveAttribute("aria-expanded", "true");
  expect(new URL(page.url()).hash).toBe("");
  expect(await page.locator(`ringlink-widget iframe[src*="/embed/${targetId}?"]`).count()).toBe(1);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute("aria-expanded", "false");
});

test("several widgets, a duplicated snippet and invalid snippets on one page", async ({ page, site }) => {
  const warnings: string[] = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const sales = await newWidget(site.origin);
  const support = await newWidget(site.origin);
  await page.goto(
    site.page(
      snippet(floating(sales, { label: "Call sales" })) +
        snippet({ widget: support, label: "Call support", position: "bottom-left", color: "#0f766e", "text-color": "#111827", lang: "de" }) +
        snippet(floating(sales, { label: "Call sales" })) +
        snippet({ widget: "bad id!" }) +
        snippet({ widget: "short" }),
    ),
  );
  const salesButton = launcherOf(page, "Call sales");
  const supportButton = launcherOf(page, "Call support");
  await expect(salesButton).toHaveCount(1);
  await expect(supportButton).toHaveCount(1);
  expect(await supportButton.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual(["rgb(15, 118, 110)", "rgb(17, 24, 39)"]);
  expect((await supportButton.boundingBox())!.x).toBe(20);
  await page.evaluate(() => console.warn("marker"));
  await expect.poll(() => warnings.includes("marker")).toBe(true);
  expect(warnings.filter((w) => w.startsWith("Ringlink"))).toHaveLength(1);
  await expect(page.locator("ringlink-widget")).toHaveCount(2);

  await supportButton.click();
  const dialog = dialogOf(page, "Call support");
  await expect(dialog.getByRole("button", { name: "Schließen" })).toBeVisible();
  expect(await page.locator(`ringlink-widget iframe[src*="/embed/${support}?"]`).count()).toBe(1);
  expect(await page.locator(`ringlink-widget iframe[src*="/embed/${sales}?"]`).count()).toBe(0);
});

test("axe finds no accessibility violations in the launcher or the open panel", async ({ page, site }) => {
  await page.goto(site.page(snippet(floating(await newWidget(site.origin)))));
  const scan = async () => (await new AxeBuilder({ page }).include("ringlink-widget").analyze()).violations.map((v) => `${v.id}: ${v.help}`);
  await expect(launcherOf(page)).toBeVisible();
  expect(await scan()).toEqual([]);
  await launcherOf(page).click();
  await expect(page.frameLocator("ringlink-widget iframe").getByRole("heading", { name: "Talk to us" })).toBeVisible();
  expect(await scan()).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test("the panel is a full-screen sheet", async ({ page, site }) => {
    await page.goto(site.page(snippet(floating(await newWidget(site.origin)))));
    const launcher = launcherOf(page);
    await expect(launcher).toBeVisible();
    await page.screenshot({ path: shot("phone-closed") });
    await launcher.tap();
    const dialog = dialogOf(page);
    await expect(page.frameLocator("ringlink-widget iframe").getByRole("heading", { name: "Talk to us" })).toBeVisible();
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await page.screenshot({ path: shot("phone-open") });
    await dialog.getByRole("button", { name: "Close" }).tap();
    await expect(dialog).toBeHidden();
  });
});
