import { test, expect, signedInContext, testDb } from "./fixtures/auth";
import { createOrganization, createWidgetRow } from "../prisma/factories";

const FRAME_DENY = { "content-security-policy": "frame-ancestors 'none'", "x-frame-options": "DENY" };
const ALWAYS = { "referrer-policy": "strict-origin-when-cross-origin", "x-content-type-options": "nosniff" };

test("sign-in and dashboard pages refuse to be framed, signed out and signed in", async ({ context }) => {
  const signedOut = [
    await context.request.get("/sign-in"),
    await context.request.get("/o/x", { maxRedirects: 0 }),
    await context.request.get("/", { maxRedirects: 0 }),
  ];
  expect(signedOut.map((r) => r.status())).toEqual([200, 307, 307]);
  await signedInContext(context);
  const signedIn = [await context.request.get("/o/x", { maxRedirects: 0 })];
  expect(signedIn[0]!.status()).toBe(404);
  for (const res of [...signedOut, ...signedIn]) {
    expect(res.headers(), res.url()).toMatchObject({ ...FRAME_DENY, ...ALWAYS });
  }
});

test("the call pages under /c/ and /embed/ set their own framing rules: the widget's allowed origins", async ({ request }) => {
  const org = await createOrganization(testDb());
  const w = await createWidgetRow(testDb(), org.id, { allowedOrigins: ["https://shop.example.test"] });
  for (const path of [`/c/${w.slug}`, `/embed/${w.publicId}`]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["x-frame-options"], path).toBeUndefined();
    expect(headers["content-security-policy"] ?? "", path).toContain("frame-ancestors https://shop.example.test");
  }
  // An unknown widget's 404 is framable by nobody, still without X-Frame-Options.
  const unknown = (await request.get("/c/some-widget", { maxRedirects: 0 })).headers();
  expect(unknown["x-frame-options"]).toBeUndefined();
  expect(unknown["content-security-policy"]).toContain("frame-ancestors 'none'");
});
