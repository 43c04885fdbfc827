// Two app instances on one database, as behind a load balancer: the sign-in limits and sessions live in PostgreSQL,
// so both instances must agree. Instance A is the server the runner started; B is a second `next start` of the same
// build, with the same database and secrets. Requests come from a random 127.x.y.z so this file has its own per-IP
// sign-in budget (all browser tests share 127.0.0.1).
import { existsSync } from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { startApp, type TAppServer } from "../scripts/lib/app-server";
import { freePort } from "../scripts/lib/embedded-db";
import { createOrgWithUser } from "../prisma/factories";
import { testDb } from "./fixtures/db";
import { freshLoopbackIp, rawRequest, rawSignIn, rawSignOut } from "./fixtures/raw-http";

test.describe.configure({ mode: "serial" });

const A = process.env.RINGLINK_BASE_URL ?? "";
let b: TAppServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  if (!A) throw new Error("RINGLINK_BASE_URL is not set: run e2e tests through `npm test`.");
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run e2e tests through \`npm test\`.`);
  b = await startApp({ port: await freePort(), env: process.env, distDir });
});

test.afterAll(async () => {
  await b?.stop();
});

test("sign-in failures on instance A and instance B count against one limit", async () => {
  const { user } = await createOrgWithUser(testDb());
  const from = freshLoopbackIp();
  for (let i = 0; i < 6; i++) expect((await rawSignIn(A, user.email, `wrong-${i}`, from)).error).toBe("invalid");
  for (let i = 0; i < 4; i++) expect((await rawSignIn(b!.url, user.email, `wrong-${i}`, from)).error).toBe("invalid");
  // 10 failures in all: the 11th attempt is refused on either instance, even with the right password.
  expect((await rawSignIn(b!.url, user.email, user.password, from)).error).toBe("throttled");
  expect((await rawSignIn(A, user.email, user.password, from)).error).toBe("throttled");
});

test("a session made on A works on B, and signing out on A ends it on B", async () => {
  const { org, user } = await createOrgWithUser(testDb());
  const from = freshLoopbackIp();
  const { error, cookies } = await rawSignIn(A, user.email, user.password, from);
  expect(error).toBeNull();
  expect(cookies["next-auth.session-token"]).toBeTruthy();
  // The app saw our chosen source address as the client: the per-IP limit above really was this test's own.
  const row = await testDb().userSession.findFirstOrThrow({ where: { userId: user.id } });
  expect(row.ip).toBe(from);

  const onB = await rawRequest(b!.url, `/o/${org.slug}/widgets`, { cookies, from });
  expect(onB.status).toBe(200);
  expect(onB.body).toContain(org.name);

  await rawSignOut(A, cookies, from);
  expect((await testDb().userSession.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).not.toBeNull();
  // The same cookie, replayed on both instances: still well-signed and unexpired, but its session row is revoked.
  for (const base of [b!.url, A]) {
    const res = await rawRequest(base, `/o/${org.slug}/widgets`, { cookies, from });
    expect(res.status, base).toBe(307);
    expect(res.location, base).toMatch(/\/sign-in/);
  }
});
