// Serves the lab's static test page and its sip.js bundle (built here with esbuild) on loopback.
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures");

export async function startPageServer(o: { dir: string; port?: number }) {
  const bundle = path.join(o.dir, "sip-page.js");
  await build({ entryPoints: [path.join(FIXTURES, "sip-page.ts")], bundle: true, format: "iife", platform: "browser", target: "chrome120", outfile: bundle, logLevel: "warning" });
  const files: Record<string, { body: Buffer; type: string }> = {
    "/": { body: readFileSync(path.join(FIXTURES, "index.html")), type: "text/html; charset=utf-8" },
    "/sip-page.js": { body: readFileSync(bundle), type: "text/javascript; charset=utf-8" },
  };
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://lab").pathname];
    res.writeHead(file ? 200 : 404, { "content-type": file?.type ?? "text/plain", "cache-control": "no-store" });
    res.end(file?.body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
