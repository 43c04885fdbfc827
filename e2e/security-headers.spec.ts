import { test, expect, signedInContext } from "./fixtures/auth";

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

test("the call pages under /c/ and /embed/ are left to set their own framing rules", async ({ request }) => {
  for (const path of ["/c/some-widget", "/embed/some-widget"]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["x-frame-options"], path).toBeUndefined();
    expect(headers["content-security-policy"] ?? "", path).not.toContain("frame-ancestors 'none'");
  }
});
