// "Long-lived secret shipped to the browser" (security.md): canary secrets go in through the real server actions, then
// every dashboard page (HTML, every script, every RSC/fetch/action response) is crawled as owner, admin and viewer,
// and every public page anonymously: no canary in any form. The "ends in 1234" hint is allowed; the value never.
import { test, expect, type APIRequestContext, type Browser } from "@playwright/test";
import { addMember, createOrgWithUser, createUser, createWidgetRow } from "../prisma/factories";
import { signInViaHttp } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { dashboardPages, fillRoute, routeHandlers, serverActions } from "./fixtures/app-tree";
import { TRUNK_INPUT } from "./fixtures/action-catalogue";
import { leaksIn, newCanary, recordResponses, type TBody } from "./fixtures/canary";
import { outcome, postAction } from "./fixtures/post-action";

const canaries = { trunkEphemeral: newCanary("trunk-hmac"), trunkStatic: newCanary("pbx-password"), turnRest: newCanary("turn-rest"), turnStatic: newCanary("turn-static") };
type TRole = "OWNER" | "ADMIN" | "VIEWER";
let setup: { slug: string; users: Record<TRole, { email: string; password: string }>; trunkIds: string[]; setId: string; widgetId: string; publicId: string; slugW: string };

function action(name: string) {
  const found = serverActions().find((a) => a.name === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found;
}

async function act(request: APIRequestContext, base: string, slug: string, name: string, input: unknown, params: Record<string, string> = {}) {
  const a = action(name);
  const url = base + fillRoute(a.pages[0]!, { orgSlug: slug, trunkId: "x", setId: "x", ...params });
  const r = await postAction(request, { url, actionId: a.id, args: [slug, input] });
  return { ...r, url: `${name} ${url}` };
}

test.beforeAll(async ({ browser, baseURL }) => {
  const db = testDb();
  const { org, user } = await createOrgWithUser(db, "OWNER");
  const admin = await createUser(db);
  const viewer = await createUser(db);
  await addMember(db, org.id, admin.id, "ADMIN");
  await addMember(db, org.id, viewer.id, "VIEWER");
  const ctx = await browser.newContext({ baseURL });
  await signInViaHttp(ctx.request, user.email, user.password);
  const made = async (name: string, input: unknown) => {
    const r = await act(ctx.request, baseURL!, org.slug, name, input);
    expect(outcome(r.text), r.text.slice(0, 300)).toMatchObject({ ok: true });
  };
  await made("createTrunkAction", { ...TRUNK_INPUT, name: "Canary HMAC", authMode: "EPHEMERAL", secret: canaries.trunkEphemeral });
  await made("createTrunkAction", { ...TRUNK_INPUT, name: "Canary PBX", authMode: "STATIC", staticUsername: "web", secret: canaries.trunkStatic });
  await made("createIceSetAction", {
    name: "Canary ICE",
    relayOnly: false,
    servers: [
      { kind: "TURN", urls: ["turn:127.0.0.1:9?transport=tcp"], authMode: "REST", secret: canaries.turnRest, ttlSeconds: 600 },
      { kind: "TURN", urls: ["turn:127.0.0.1:9?transport=udp"], authMode: "STATIC", username: "visitor", secret: canaries.turnStatic, ttlSeconds: 600 },
    ],
  });
  await ctx.close();
  const t1 = (await db.trunk.findFirstOrThrow({ where: { organizationId: org.id, name: "Canary HMAC" } })).id;
  const t2 = (await db.trunk.findFirstOrThrow({ where: { organizationId: org.id, name: "Canary PBX" } })).id;
  const setId = (await db.iceServerSet.findFirstOrThrow({ where: { organizationId: org.id } })).id;
  // The widget uses the canary trunk and the ICE set with the static TURN password: its public pages are where a
  // visitor-facing leak would show.
  const widget = await createWidgetRow(db, org.id, { name: "Canary widget", trunkId: t1, iceServerSetId: setId });
  setup = { slug: org.slug, users: { OWNER: user, ADMIN: admin, VIEWER: viewer }, trunkIds: [t1, t2], setId, widgetId: widget.id, publicId: widget.publicId, slugW: widget.slug };
});

// Every dashboard page, once per trunk for trunk pages, as `role`; plus the RSC payload of each, and the write-side
// action responses that role can trigger from the forms.
async function crawlDashboard(browser: Browser, baseURL: string, role: TRole) {
  const bodies: TBody[] = [];
  const context = await browser.newContext({ baseURL });
  await signInViaHttp(context.request, setup.users[role].email, setup.users[role].password);
  const page = await context.newPage();
  const settled = recordResponses(page, role, bodies);
  const urls = dashboardPages().flatMap((route) =>
    (route.includes("[trunkId]") ? setup.trunkIds : ["-"]).map((trunkId) => fillRoute(route, { orgSlug: setup.slug, trunkId, setId: setup.setId, widgetId: setup.widgetId })),
  );
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    await page.goto(url, { waitUntil: "networkidle" });
    const rsc = await context.request.get(url, { headers: { RSC: "1" } });
    bodies.push({ url: `RSC ${url}`, body: await rsc.text(), who: role });
  }
  const { slug, trunkIds, setId } = setup;
  const replays = [
    await act(context.request, baseURL, slug, "updateTrunkAction", { trunkId: trunkIds[0], values: { ...TRUNK_INPUT, authMode: "EPHEMERAL", secret: "" } }, { trunkId: trunkIds[0]! }),
    await act(context.request, baseURL, slug, "checkConnectionAction", { trunkId: trunkIds[1] }, { trunkId: trunkIds[1]! }),
    await act(context.request, baseURL, slug, "mintIceTestCredentialsAction", { setId }, { setId }),
  ];
  bodies.push(...replays.map((r) => ({ url: r.url, body: r.text, who: role })));
  for (const trunkId of trunkIds) {
    const res = await context.request.get(`/o/${slug}/trunks/${trunkId}/kamailio-settings`);
    bodies.push({ url: `kamailio-settings ${trunkId} ${res.status()}`, body: await res.text(), who: role });
  }
  await settled();
  await context.close();
  return bodies;
}

// The trunks branch decided that "Test in browser" hands an admin the static TURN password, exactly as a visitor's
// minted call would carry it. That one response, for roles that may run the test, may hold that one canary.
const turnTestException = (b: TBody, label: string) =>
  (label === "turnStatic" && b.url.startsWith("mintIceTestCredentialsAction ") && b.who !== "VIEWER") ||
  // The SBC settings download is the file an admin installs on Kamailio, shared secret included (trunks.export,
  // owners and admins). Only the HMAC secret of the trunk being exported, only for those roles.
  (label === "trunkEphemeral" && b.url.startsWith(`kamailio-settings ${setup.trunkIds[0]} 200`) && b.who !== "VIEWER");

for (const role of ["OWNER", "ADMIN", "VIEWER"] as const) {
  test(`no canary in any dashboard page, script, RSC or action response, as ${role.toLowerCase()}`, async ({ browser, baseURL }) => {
    const bodies = await crawlDashboard(browser, baseURL!, role);
    // Controls: the crawl really saw scripts and the secret hints, so "0 leaks" is about the content.
    expect(bodies.filter((b) => /\.js(\?|$)/.test(b.url)).length).toBeGreaterThan(3);
    expect(bodies.some((b) => b.body.includes(`ends in ${canaries.trunkEphemeral.slice(-4)}`))).toBe(true);
    const mint = bodies.find((b) => b.url.startsWith("mintIceTestCredentialsAction "))!;
    expect(mint.body.includes(canaries.turnStatic), "the admin ICE test is the one place a static TURN password goes").toBe(role !== "VIEWER");
    const download = bodies.find((b) => b.url.startsWith(`kamailio-settings ${setup.trunkIds[0]} `))!;
    expect(download.url).toContain(role === "VIEWER" ? " 403" : " 200");
    expect(download.body.includes(canaries.trunkEphemeral)).toBe(role !== "VIEWER");
    expect(leaksIn(bodies, canaries, turnTestException)).toEqual([]);
  });
}

test("no canary on any public page or endpoint", async ({ browser, baseURL }) => {
  const bodies: TBody[] = [];
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const settled = recordResponses(page, "anonymous", bodies);
  for (const url of [`/embed/${setup.publicId}`, `/c/${setup.slugW}`, "/sign-in", "/"]) await page.goto(url, { waitUntil: "networkidle" });
  for (const url of ["/embed.js", "/.well-known/jwks.json", "/api/health", `/embed/${setup.publicId}`, `/c/${setup.slugW}`]) {
    const res = await context.request.get(url);
    expect(res.status(), url).toBe(200); // the widget's pages really rendered, with its trunk and ICE set behind them
    bodies.push({ url, body: await res.text(), who: "anonymous" });
  }
  // The visitor's mint response, as the call page would request it (once the calls branch is in the tree).
  if (routeHandlers().some((h) => h.route === "/api/v1/widgets/[publicId]/calls")) {
    const res = await context.request.post(`/api/v1/widgets/${setup.publicId}/calls`, { headers: { origin: baseURL! }, data: { formAnswers: {} } });
    expect(res.status(), "the canary widget can be called").toBe(200);
    bodies.push({ url: `mint /api/v1/widgets/${setup.publicId}/calls`, body: await res.text(), who: "anonymous" });
  }
  await settled();
  await context.close();
  expect(bodies.filter((b) => /\.js(\?|$)/.test(b.url)).length).toBeGreaterThan(3);
  // A static TURN password travels inside a minted call by design (security.md); the HMAC and REST secrets and the
  // PBX password of a trunk the widget does not use never do.
  expect(leaksIn(bodies, canaries, (b, label) => label === "turnStatic" && b.url.startsWith("mint "))).toEqual([]);
});
