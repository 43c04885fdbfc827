// The hosted call page's weight before anyone presses anything: first-load JavaScript (gzipped, the scripts the
// HTML references), what loads after hydration (the sip.js chunk, fetched when the panel opens), and Lighthouse's
// mobile performance score. Prints figures only.
// Run (root): node --conditions=react-server --import tsx bench/call-page-weight.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { CHROMIUM_ARGS } from "../playwright.config";
import { createCallableWidget } from "../prisma/call-factories";
import { createOrganization } from "../prisma/factories";
import { startApp } from "../scripts/lib/app-server";
import { PROJECT_ROOT } from "../scripts/lib/database-url";
import { freePort } from "../scripts/lib/embedded-db";
import { prisma } from "../scripts/lib/run";
import { startTestDatabase, testSecrets } from "../scripts/lib/test-env";
import { reexecInNetns } from "../scripts/lib/netns";
import { benchBuild } from "./lib/bench-build";

// Every packet stays on loopback: re-run inside a namespace that has only `lo`.
await reexecInNetns("ringlink-bench");

const stops: (() => Promise<unknown>)[] = [];
const kb = (n: number) => Math.round(n / 102.4) / 10;

try {
  Object.assign(process.env, testSecrets());
  const database = await startTestDatabase();
  stops.push(() => database.stop());
  process.env.DATABASE_URL = database.url;
  await prisma(["migrate", "deploy"], database.url, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const distDir = await benchBuild(process.env);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const { widget } = await createCallableWidget(client, (await createOrganization(client)).id);
  await client.$disconnect();
  const app = await startApp({ port: await freePort(), env: process.env, distDir });
  stops.unshift(() => app.stop());
  const url = `${app.url}/c/${widget.slug}`;

  // First load = the scripts the HTML itself references; everything else is fetched later.
  const html = await (await fetch(url)).text();
  // The HTML carries the server-rendered page and its inline RSC payload (the widget's texts travel there).
  const htmlGz = gzipSync(Buffer.from(html), { level: 9 }).length;
  // noModule scripts (the legacy polyfills) are skipped by every browser that can place a WebRTC call.
  const initial = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!)).map((m) => new URL(m[2]!, app.url).href);
  const gz = async (u: string) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer()), { level: 9 }).length;
  const firstLoad = (await Promise.all(initial.map(gz))).reduce((a, b) => a + b, 0);

  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--headless"] });
  stops.unshift(() => browser.close());
  const page = await browser.newPage();
  const later: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script" && !initial.includes(r.url())) later.push(r.url());
  });
  await page.goto(url);
  await page.getByTestId("mic-ready").waitFor();
  // The panel starts fetching sip.js when it opens, but the microphone can be ready first: wait for the fetches to end.
  await page.waitForLoadState("networkidle");
  const afterOpen = (await Promise.all(later.map(gz))).reduce((a, b) => a + b, 0);

  const out = mkdtempSync(path.join(os.tmpdir(), "ringlink-lh-"));
  const flags = [...CHROMIUM_ARGS, "--headless"].join(" ");
  const lh = spawnSync(process.execPath, ["node_modules/lighthouse/cli/index.js", url, "--only-categories=performance", "--form-factor=mobile", "--output=json", `--output-path=${out}/lh.json`, "--quiet", `--chrome-flags=${flags}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" },
    encoding: "utf8",
  });
  const report = existsSync(`${out}/lh.json`) ? (JSON.parse(readFileSync(`${out}/lh.json`, "utf8")) as { categories: { performance: { score: number } }; audits: Record<string, { displayValue?: string }> }) : null;
  rmSync(out, { recursive: true, force: true });

  console.log(`\nHosted call page /c/<slug>, production build`);
  console.table([
    { what: "first-load JS (gzip, module scripts in the HTML)", value: `${kb(firstLoad)} KB (${initial.length} files)` },
    { what: "HTML document (gzip, with the inline RSC payload)", value: `${kb(htmlGz)} KB` },
    { what: "loaded after the panel opens (sip.js chunk and others, gzip)", value: `${kb(afterOpen)} KB (${later.length} files)` },
    { what: "Lighthouse mobile performance", value: report ? Math.round(report.categories.performance.score * 100) : `failed: ${lh.stderr.slice(0, 200)}` },
    ...(report ? ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"].map((a) => ({ what: `  ${a}`, value: report.audits[a]?.displayValue ?? "" })) : []),
  ]);
} finally {
  for (const stop of stops) await stop().catch(() => undefined);
}
