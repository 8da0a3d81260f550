// Size gate: the brotli size of everything the first view of dist/ needs may not exceed the budget
// checked in at bench/size-budget.json. Raise the budget only in a commit that says why.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const budget = JSON.parse(readFileSync(join(root, "bench/size-budget.json"), "utf8"));

/** Files of dist/ that the first view loads: the page, its script, wasm and styles. */
export function firstViewFiles(dir = dist) {
  return readdirSync(dir)
    .filter((name) => /\.(html|js|wasm|css)$/.test(name) && name !== "embed.js")
    .filter((name) => name === "index.html" || !name.endsWith(".html"))
    .sort();
}

export function measure(dir = dist) {
  return firstViewFiles(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  const total = rows.reduce((sum, r) => sum + r.brotli, 0);
  for (const r of rows) console.log(`${r.name.padEnd(40)} ${String(r.raw).padStart(8)} raw ${String(r.gzip).padStart(7)} gzip ${String(r.brotli).padStart(7)} br`);
  console.log(`first view: ${total} bytes brotli; budget ${budget.first_view_brotli_bytes}`);
  if (total > budget.first_view_brotli_bytes) {
    console.error(`size budget exceeded by ${total - budget.first_view_brotli_bytes} bytes`);
    process.exit(1);
  }
}
