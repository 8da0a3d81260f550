// Precompresses a built site: next to every text asset (html, js, mjs, css, wasm, json, svg, txt,
// csv) writes `X.br` (brotli, quality 11) and `X.gz` (gzip -9), with Node's zlib. Static hosts and
// the test and bench servers (tests/e2e/harness.mjs) send them with `Content-Encoding` when the
// request accepts it. Stale siblings of files that no longer exist are removed.
//
//   node tools/precompress.mjs [DIST ...]     (default: dist)
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|txt|csv)$/;

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
    },
  });
}

export function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

export function precompress(dir) {
  let count = 0;
  let raw = 0;
  let br = 0;
  for (const path of files(dir)) {
    if (/\.(br|gz)$/.test(path)) {
      // A sibling whose original is gone (or is no longer compressible) goes too.
      const original = path.slice(0, -3);
      let keep = false;
      try {
        keep = COMPRESSIBLE.test(original) && statSync(original).isFile();
      } catch {}
      if (!keep) rmSync(path);
      continue;
    }
    if (!COMPRESSIBLE.test(path)) continue;
    const bytes = readFileSync(path);
    const b = brotli(bytes);
    writeFileSync(`${path}.br`, b);
    writeFileSync(`${path}.gz`, gzip(bytes));
    count++;
    raw += bytes.length;
    br += b.length;
  }
  return { count, raw, br };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, "..");
  const dirs = process.argv.slice(2);
  for (const dir of dirs.length ? dirs : ["dist"]) {
    const { count, raw, br } = precompress(dirs.length ? resolve(dir) : join(root, dir));
    console.log(`precompress: ${dir}: ${count} files, ${raw} bytes → ${br} bytes brotli (and .gz)`);
  }
}
