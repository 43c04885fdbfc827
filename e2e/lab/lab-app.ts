// The app side of the lab: the production build (NEXT_DIST_DIR) on 127.0.0.1 against the test database, and a
// plain "customer website" on another loopback origin (127.0.0.2) that embeds the widget. run-lab.ts starts both
// when npm test hands it a database; without one the app scenarios are skipped (the SBC-only specs still run).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startApp } from "../../scripts/lib/app-server";
import { freeTcpPort } from "./lab";

export async function startLabApp(env: NodeJS.ProcessEnv) {
  if (!env.DATABASE_URL) return null;
  const app = await startApp({ port: await freeTcpPort(), env, distDir: env.NEXT_DIST_DIR ?? ".next-test" });
  const site = await startCustomerSite(app.url);
  return {
    env: { RINGLINK_BASE_URL: app.url, RINGLINK_LAB_SITE: site.url },
    stop: async () => {
      await site.stop();
      await app.stop();
    },
  };
}

// /?widget=<publicId> embeds the call page the way the embed loader does: an iframe with allow="microphone",
// telling the call page its parent's origin and URL.
async function startCustomerSite(appUrl: string) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://site");
    const publicId = url.searchParams.get("widget") ?? "";
    const origin = `http://${req.headers.host}`;
    const src = `${appUrl}/embed/${encodeURIComponent(publicId)}?origin=${encodeURIComponent(origin)}&page=${encodeURIComponent(origin + url.pathname + url.search)}`;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body>
<h1>A customer's shop</h1>
<iframe id="ringlink" title="Call us" src="${src.replace(/"/g, "&quot;")}" allow="microphone; autoplay" style="width:400px;height:640px;border:0"></iframe>
<script>window.ringlinkMessages=[];addEventListener("message",function(e){if(e.data&&e.data.ringlink===1)window.ringlinkMessages.push({origin:e.origin,data:e.data})});</script>
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.2", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.2:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
