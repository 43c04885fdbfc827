// Call setup through the real lab: press "Call" → INVITE sent → 180 → answered, median of N calls, for Ringlink's
// dialer and for the same dialer with sip.js's stock settings (5 s ICE wait, getUserMedia inside invite()), with
// the widget's ICE set as configured and with one STUN server added that never answers. Prints figures only.
// Run (root, lab tools installed): node --conditions=react-server --import tsx bench/call-setup.ts [--calls 12]
import dgram from "node:dgram";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { chromium } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { CHROMIUM_ARGS } from "../playwright.config";
import { createCallableWidget, type TCallableWidgetOptions } from "../prisma/call-factories";
import { createOrganization } from "../prisma/factories";
import { startLab } from "../e2e/lab/lab";
import { startApp } from "../scripts/lib/app-server";
import { PROJECT_ROOT } from "../scripts/lib/database-url";
import { freePort } from "../scripts/lib/embedded-db";
import { prisma } from "../scripts/lib/run";
import { startTestDatabase, testSecrets } from "../scripts/lib/test-env";
import { reexecInNetns } from "../scripts/lib/netns";
import { benchBuild } from "./lib/bench-build";

const calls = Number(process.argv[process.argv.indexOf("--calls") + 1]) || 12;

// Every packet stays on loopback: re-run inside a namespace that has only `lo`.
await reexecInNetns("ringlink-bench");

const stops: (() => Promise<unknown>)[] = [];
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.floor(s.length / 2)]!) : NaN;
};

try {
  Object.assign(process.env, testSecrets());
  const database = await startTestDatabase();
  stops.push(() => database.stop());
  process.env.DATABASE_URL = database.url;
  await prisma(["migrate", "deploy"], database.url, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const distDir = await benchBuild(process.env);
  const lab = await startLab();
  stops.unshift(() => lab.stop());
  const app = await startApp({ port: await freePort(), env: process.env, distDir });
  stops.unshift(() => app.stop());

  // A STUN server that never answers: a bound UDP socket that reads and drops every request.
  const blackhole = dgram.createSocket("udp4");
  await new Promise<void>((r) => blackhole.bind(0, "127.0.0.1", r));
  blackhole.on("message", () => undefined);
  stops.push(async () => blackhole.close());

  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const org = await createOrganization(client);
  const turn = { kind: "TURN" as const, urls: [lab.turnUrl], authMode: "REST" as const, secret: lab.turnSecret };
  const widgetFor = async (iceServers: TCallableWidgetOptions["iceServers"]) =>
    (await createCallableWidget(client, org.id, {
      trunk: { wsUrl: lab.sbcWsUrl, sipDomain: lab.realm, secret: lab.sipSecrets[0] },
      iceServers,
      widget: { destination: lab.agent.extension, callsPerIpPerHour: 100_000, callsPerDay: 100_000, maxConcurrentCalls: 1000 },
    })).widget;
  const normal = await widgetFor([turn]);
  const deadStun = await widgetFor([{ kind: "STUN", urls: [`stun:127.0.0.1:${(blackhole.address() as AddressInfo).port}`] }, turn]);
  await client.$disconnect();

  const bundle = await build({ entryPoints: [path.join(import.meta.dirname, "call-setup-page.ts")], bundle: true, format: "iife", write: false, platform: "browser", target: "chrome120", tsconfig: path.join(PROJECT_ROOT, "tsconfig.json"), logLevel: "warning" });
  const js = bundle.outputFiles[0]!.text;
  // The page's own origin serves the bundle and forwards /api/ to the app as the hosted link would call it.
  const server = http.createServer(async (req, res) => {
    if (req.url?.startsWith("/api/")) {
      const body = await new Promise<Buffer>((r) => { const parts: Buffer[] = []; req.on("data", (c: Buffer) => parts.push(c)); req.on("end", () => r(Buffer.concat(parts))); });
      const upstream = await fetch(`${app.url}${req.url}`, { method: req.method, headers: { "content-type": "application/json", origin: app.url, authorization: req.headers.authorization ?? "" }, body: req.method === "POST" ? body.toString() : undefined });
      res.writeHead(upstream.status, { "content-type": "application/json" }).end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    if (req.url === "/bench.js") return void res.writeHead(200, { "content-type": "text/javascript" }).end(js);
    res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><title>bench</title><script src="/bench.js"></script>`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  stops.unshift(() => new Promise((r) => server.close(r)));
  const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--headless"] });
  stops.unshift(() => browser.close());
  const page = await (await browser.newContext()).newPage();
  if (process.env.BENCH_DEBUG) page.on("console", (m) => console.log("page:", m.text().slice(0, 300)));
  await page.goto(pageUrl);
  await page.waitForFunction(() => "bench" in window);

  type TOut = { pressedAt: number; inviteSentAt?: number; ringingAt?: number; answeredAt?: number; state: string };
  const variants = [
    { ice: "ICE set: lab TURN", publicId: normal.publicId, stock: false },
    { ice: "ICE set: lab TURN", publicId: normal.publicId, stock: true },
    { ice: "ICE set: + 1 STUN server that never answers", publicId: deadStun.publicId, stock: false },
    { ice: "ICE set: + 1 STUN server that never answers", publicId: deadStun.publicId, stock: true },
  ];
  const once = (v: (typeof variants)[number]) =>
    page.evaluate((o) => (window as unknown as { bench: { call: (o: unknown) => Promise<TOut> } }).bench.call(o), { publicId: v.publicId, stock: v.stock });
  for (const v of variants) await once(v); // warm-up: JIT, connection pools, the app's first requests
  // Interleaved, so a busy moment on the machine hits every variant alike.
  const runs = variants.map(() => [] as TOut[]);
  for (let i = 0; i < calls; i++) for (const [k, v] of variants.entries()) runs[k]!.push(await once(v));
  const rows = variants.map((v, k) => {
    const ok = runs[k]!.filter((r) => r.state === "in-call");
    const since = (key: "inviteSentAt" | "ringingAt" | "answeredAt") => median(ok.map((r) => (r[key] ?? NaN) - r.pressedAt));
    return { settings: v.stock ? "stock sip.js" : "Ringlink dialer", ice: v.ice, calls: `${ok.length}/${runs[k]!.length}`, "→ INVITE sent (ms)": since("inviteSentAt"), "→ 180 (ms)": since("ringingAt"), "→ answered (ms)": since("answeredAt") };
  });
  console.log(`\nCall setup through Kamailio + rtpengine to the baresip agent, loopback, median of ${calls} calls (press Call = mint + token + dial)`);
  console.table(rows);
} finally {
  for (const stop of stops) await stop().catch(() => undefined);
}
