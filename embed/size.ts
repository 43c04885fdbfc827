// Sizes as visitors download them: gzip at level 9 (what size-limit and bundle-size reports use) and brotli at
// its maximum quality. The budget is on gzip.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const EMBED_BUDGET_GZIP = 2048;

export function measure(code: string) {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
