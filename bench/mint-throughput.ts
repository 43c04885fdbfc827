// Token minting throughput: the real endpoint (validation, limits, row lock, inserts) next to a route of the same
// production build doing only the crypto, and a bare Node server doing the same crypto. Prints figures; no verdicts.
// Run: node --conditions=react-server --import tsx bench/mint-throughput.ts [--no-build] [--seconds 10]
import autocannon from "autocannon";
import { createHmac, randomBytes } from "node:crypto";
import http from "node:http";
import { generateKeyPair, SignJWT } from "jose";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createCallableWidget } from "../prisma/call-factories";
import { createOrganization } from "../prisma/factories";
import { startApp } from "../scripts/lib/app-server";
import { PROJECT_ROOT } from "../scripts/lib/database-url";
import { freePort } from "../scripts/lib/embedded-db";
import { prisma } from "../scripts/lib/run";
import { startTestDatabase, testSecrets } from "../scripts/lib/test-env";
import { BENCH_DIST_DIR, benchBuild } from "./lib/bench-build";

const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 10;
const distDir = BENCH_DIST_DIR;
const secrets = testSecrets();
Object.assign(process.env, secrets);
const database = await startTestDatabase();
process.env.DATABASE_URL = database.url; // the factories seal secrets with the env key ring
const env = { ...process.env, ...secrets, DATABASE_URL: database.url, RINGLINK_BENCH: "1" } as NodeJS.ProcessEnv;
const stops: (() => Promise<unknown>)[] = [() => database.stop()];

async function bareServer(port: number) {
  const { privateKey } = await generateKeyPair("ES256");
  const server = http.createServer(async (_req, res) => {
    const callId = `c${randomBytes(12).toString("hex")}`;
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ org: "org", widget: "widget", dest: "1000", call: callId }).setProtectedHeader({ alg: "ES256", kid: "k" }).setIssuedAt(now).setExpirationTime(now + 300).setJti(randomBytes(16).toString("base64url")).sign(privateKey);
    const sipUser = `${now + 600}:rl.1000.1800.${callId}`;
    const turnUser = `${now + 2100}:rl.${callId}`;
    const body = JSON.stringify({ callId, token, sip: createHmac("sha1", "s").update(sipUser).digest("base64"), turn: createHmac("sha1", "t").update(turnUser).digest("base64") });
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  stops.push(() => new Promise((r) => server.close(r)));
  return `http://127.0.0.1:${port}`;
}

async function load(name: string, url: string, opts: { headers?: Record<string, string>; body?: string }) {
  await autocannon({ url, method: "POST", connections: 20, duration: 2, ...opts }); // warm-up: JIT, pools, caches
  const r = await autocannon({ url, method: "POST", connections: 20, duration: seconds, ...opts });
  return { name, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

try {
  await prisma(["migrate", "deploy"], database.url, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
  await benchBuild(env);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const org = await createOrganization(client);
  const huge = 1_000_000_000;
  const { widget } = await createCallableWidget(client, org.id, {
    iceServers: [{ kind: "TURN", urls: ["turn:127.0.0.1:3478"], authMode: "REST", secret: "bench-turn" }],
    widget: { callsPerIpPerHour: huge, callsPerDay: huge, maxConcurrentCalls: huge },
  });
  stops.unshift(() => client.$disconnect());
  const app = await startApp({ port: await freePort(), env, distDir });
  stops.unshift(() => app.stop());
  const bare = await bareServer(await freePort());
  const json = { "content-type": "application/json", origin: app.url };
  const rows = [
    await load("POST /api/v1/widgets/:id/calls (real)", `${app.url}/api/v1/widgets/${widget.publicId}/calls`, { headers: json, body: JSON.stringify({ formAnswers: {}, pageUrl: "https://shop.example/?utm_source=bench" }) }),
    await load("crypto-only route, same build", `${app.url}/api/v1/bench/crypto`, { headers: json }),
    await load("bare Node http, same crypto", bare, {}),
  ];
  console.log(`\nToken minting, ${seconds} s, 20 connections, loopback, production build`);
  console.table(rows);
  const [real, route] = rows;
  console.log(`real endpoint = ${((real!.rps / route!.rps) * 100).toFixed(0)} % of the crypto-only route's req/s; p99 ${real!.p99} ms; errors ${real!.errors}, non-2xx ${real!.non2xx}`);
  // Every minted ticket holds a line for its token's lifetime: the widget ends the run with thousands of live lines,
  // which the cap check reads from one counter row rather than counting.
  const usage = await client.widgetLineUsage.findUnique({ where: { widgetId: widget.id } });
  console.log(`lines the bench widget holds at the end: ${usage?.inUse ?? 0}`);
} finally {
  for (const stop of stops) await stop().catch(() => undefined);
}
