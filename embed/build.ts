// Builds the embed loader into public/embed.js: minified ES2018 IIFE, no globals of its own.
// `tsx embed/build.ts` builds once; `--watch` rebuilds on change. bundleEmbed() returns the bytes in memory.
import { build, context, type BuildOptions } from "esbuild";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
export const EMBED_OUTFILE = path.join(ROOT, "public/embed.js");

const options: BuildOptions = {
  entryPoints: [path.join(ROOT, "embed/src/loader.ts")],
  outfile: EMBED_OUTFILE,
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2018",
  legalComments: "none",
  logLevel: "warning",
  // The IIFE needs no "use strict" prologue (tsconfig's strict would add one): 13 bytes on every page view.
  tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
};

export async function buildEmbed(): Promise<void> {
  await build(options);
}

export async function bundleEmbed(): Promise<string> {
  const result = await build({ ...options, write: false });
  return result.outputFiles[0].text;
}

export async function watchEmbed() {
  const ctx = await context({ ...options, logLevel: "info" });
  await ctx.watch();
  return ctx;
}

if (process.argv[1] === import.meta.filename) {
  if (process.argv.includes("--watch")) await watchEmbed();
  else await buildEmbed();
}
