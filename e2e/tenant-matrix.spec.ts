// The cross-organization matrix (security.md, "IDOR" and "server actions called directly"): every dashboard page and
// every server action × {anonymous, viewer, admin, other organization's admin} × {own id, foreign id}. The lists come
// from the source tree and the build, so a new page or action is covered (or fails here until it has fixtures).
import { test, expect, type APIRequestContext } from "@playwright/test";
import { dashboardPages, fillRoute, routeHandlers, serverActions } from "./fixtures/app-tree";
import { ACTIONS, controlOrder } from "./fixtures/action-catalogue";
import { fingerprint, forgedSession, seedWorld, sessionFor, type TOrgIds } from "./fixtures/tenant-world";
import { outcome, postAction, refused } from "./fixtures/post-action";
import { ROUTE_MATRIX } from "./fixtures/route-matrix";

type TWorld = Awaited<ReturnType<typeof seedWorld>>;
let world: TWorld;
let base: string;
const ctx: Record<"none" | "forged" | "viewerA" | "adminA" | "adminB", APIRequestContext> = {} as never;

test.beforeAll(async ({ baseURL }) => {
  world = await seedWorld();
  base = baseURL!;
  ctx.none = await sessionFor(baseURL!);
  ctx.forged = await forgedSession(baseURL!);
  ctx.viewerA = await sessionFor(baseURL!, world.a.viewer);
  ctx.adminA = await sessionFor(baseURL!, world.a.admin);
  ctx.adminB = await sessionFor(baseURL!, world.b.admin);
});
test.afterAll(async () => {
  await Promise.all(Object.values(ctx).map((c) => c.dispose()));
});

// The invite page's token is never valid here: the actions it hosts are probed with a made-up token.
const params = (ids: TOrgIds) => ({
  orgSlug: ids.orgSlug,
  trunkId: ids.trunkId,
  setId: ids.setId,
  widgetId: ids.widgetId,
  publicId: ids.publicId,
  slug: ids.widgetSlug,
  token: "A".repeat(43),
});
// A's slug with B's resource ids: the "right organization, wrong row" probe that only a where-clause stops.
const mixed = (own: TOrgIds, foreign: TOrgIds) => ({ ...params(foreign), orgSlug: own.orgSlug });


test("every dashboard page: 404 across organizations, sign-in for anonymous, 200 for the own admin", async () => {
  const pages = dashboardPages();
  expect(pages.length).toBeGreaterThan(5);
  const { a, b } = world;
  const get = async (who: keyof typeof ctx, url: string) => {
    const res = await ctx[who].get(url, { maxRedirects: 0 });
    return { status: res.status(), location: res.headers().location ?? "", body: await res.text() };
  };
  for (const page of pages) {
    const own = fillRoute(page, params(a.ids));
    const foreign = fillRoute(page, params(b.ids));
    const probes: [keyof typeof ctx, string][] = [
      ["viewerA", foreign],
      ["adminA", foreign],
      ["adminB", own],
    ];
    if (own !== fillRoute(page, mixed(a.ids, b.ids))) probes.push(["adminA", fillRoute(page, mixed(a.ids, b.ids))], ["viewerA", fillRoute(page, mixed(a.ids, b.ids))]);
    for (const [who, url] of probes) {
      const r = await get(who, url);
      expect(r.status, `${who} GET ${url}`).toBe(404);
      expect(r.body, `${who} GET ${url}`).not.toContain(who === "adminB" ? a.org.name : b.org.name);
    }
    for (const who of ["none", "forged"] as const) {
      const r = await get(who, own);
      expect(r.status, `${who} GET ${own}`).toBeGreaterThanOrEqual(300);
      expect(r.status, `${who} GET ${own}`).toBeLessThan(400);
      expect(r.location, `${who} GET ${own}`).toContain("/sign-in");
    }
    // The organization's root page forwards to its first section; a redirect that stays inside A counts as served.
    const mine = await get("adminA", own);
    if (mine.status !== 200) expect(mine.location, `admin GET ${own} -> ${mine.status}`).toMatch(new RegExp(`^(https?://[^/]+)?/o/${a.ids.orgSlug}/`));
    const viewed = await get("viewerA", own);
    if (viewed.status !== 200 && viewed.status !== 404) expect(viewed.location, `viewer GET ${own} -> ${viewed.status}`).toMatch(new RegExp(`^(https?://[^/]+)?/o/${a.ids.orgSlug}/`));
  }
});

test("every server action: refused for anonymous, viewers, other organizations and cross-site posts; nothing changes", async () => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(10);
  const unknown = actions.filter((x) => !ACTIONS[x.name]).map((x) => x.name);
  expect(unknown, "server actions without a matrix entry in e2e/fixtures/action-catalogue.ts").toEqual([]);
  const { a, b } = world;
  const before = { a: await fingerprint(a.org.id), b: await fingerprint(b.org.id) };

  for (const action of actions) {
    const spec = ACTIONS[action.name]!;
    const url = (ids: TOrgIds) => base + fillRoute(action.pages[0]!, params(ids));
    const send = (who: keyof typeof ctx, args: unknown[], ids: TOrgIds, origin?: string | null) =>
      postAction(ctx[who], { url: url(ids), actionId: action.id, args, origin });
    const expectRefused = async (label: string, p: ReturnType<typeof send>, code?: string) => {
      const r = await p;
      expect(refused(r), `${action.name} ${label}: ${r.status} ${r.text.slice(0, 200)}`).toBe(true);
      if (code) expect(outcome(r.text)?.code, `${action.name} ${label}`).toBe(code);
    };
    if (spec.scope !== "org") {
      await expectRefused("without a session", send("none", spec.args(a.ids), a.ids));
      await expectRefused("cross-site", send("adminA", spec.args(a.ids), a.ids, "http://evil.test"));
      if (spec.scope === "user") await expectRefused("with a forged session", send("forged", spec.args(a.ids), a.ids), "unauthorized");
      continue;
    }
    const own = [a.ids.orgSlug, spec.input(a.ids)];
    const foreign = [b.ids.orgSlug, spec.input(b.ids)];
    await expectRefused("without a session", send("none", own, a.ids));
    await expectRefused("with a forged session", send("forged", own, a.ids), "unauthorized");
    // Next refuses a mismatched Origin before the action runs; without any Origin Next lets it through, so that probe
    // reaches our own check (assertSameOrigin) and must come back forbidden.
    await expectRefused("cross-site with the admin's session", send("adminA", own, a.ids, "http://evil.test"));
    await expectRefused("without Origin", send("adminA", own, a.ids, null), "forbidden");
    if (spec.control !== false) await expectRefused("as a viewer", send("viewerA", own, a.ids), "forbidden");
    await expectRefused("as a viewer, other org", send("viewerA", foreign, a.ids), "not_found");
    await expectRefused("as an admin, other org", send("adminA", foreign, a.ids), "not_found");
    await expectRefused("as the other org's admin", send("adminB", own, b.ids), "not_found");
    const mixedArgs = [a.ids.orgSlug, spec.input(b.ids)];
    if (JSON.stringify(mixedArgs[1]) !== JSON.stringify(own[1])) {
      await expectRefused("as an admin, own slug + other org's id", send("adminA", mixedArgs, a.ids), "not_found");
    }
  }
  expect(await fingerprint(a.org.id), "organization A changed").toBe(before.a);
  expect(await fingerprint(b.org.id), "organization B changed").toBe(before.b);

  // Positive controls: the same replays with the admin's own session and ids succeed, so the refusals above are the
  // guards at work and not a malformed request.
  const controls = actions.filter((x) => ACTIONS[x.name]!.scope === "org" && (ACTIONS[x.name] as { control?: false }).control !== false);
  controls.sort((x, y) => controlOrder(x.name) - controlOrder(y.name));
  for (const action of controls) {
    const spec = ACTIONS[action.name] as Extract<(typeof ACTIONS)[string], { scope: "org" }>;
    const r = await postAction(ctx.adminA, { url: base + fillRoute(action.pages[0]!, params(a.ids)), actionId: action.id, args: [a.ids.orgSlug, spec.input(a.spare)] });
    expect(outcome(r.text), `${action.name} as the own admin`).toMatchObject({ ok: true });
  }
  expect(await fingerprint(b.org.id), "organization B changed").toBe(before.b);
});

test("route handlers: every handler with a path parameter has a matrix case", async () => {
  const handlers = routeHandlers();
  expect(handlers.map((h) => h.route)).toContain("/api/health");
  // next-auth's catch-all takes no organization or resource id; every other parameterised handler needs a case.
  const parameterised = handlers.filter((h) => /\[/.test(h.route) && h.route !== "/api/auth/[...nextauth]").map((h) => h.route);
  expect(parameterised.filter((r) => !ROUTE_MATRIX[r]), "route handlers without a case in e2e/fixtures/route-matrix.ts").toEqual([]);
});

const present = new Set(routeHandlers().map((h) => h.route));
for (const [route, check] of Object.entries(ROUTE_MATRIX)) {
  test(`route handler ${route}: credentials of one organization never reach another`, async () => {
    // A case for a route that no longer exists is a stale matrix, not something to skip.
    expect(present.has(route), `${route} has a matrix case but no route handler`).toBe(true);
    await check({ base, a: world.a.ids, b: world.b.ids, anon: ctx.none, forged: ctx.forged, viewerA: ctx.viewerA, adminA: ctx.adminA, adminB: ctx.adminB });
  });
}
