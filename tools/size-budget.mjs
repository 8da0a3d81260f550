// Size gate for the seed page (dist/index.html, the first article), brotli q11, against the budgets
// checked in at bench/size-budget.json. Two budgets, because they cost the reader differently:
//
// - critical: what the first paint waits for — the page's HTML, its stylesheets and any blocking
//   (classic, not async or deferred) script;
// - wasm: the app's .wasm, which static/boot.js fetches only after first paint.
//
// The JS glue and boot.js are reported with the page total but have no budget of their own.
// Raise a budget only in a commit that says why.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotli, gzip } from "./precompress.mjs";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");

/** The attributes of every `<tag …>` in `html`. */
function tags(html, tag) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "gi"))) {
    const attrs = {};
    for (const a of m[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? "";
    out.push(attrs);
  }
  return out;
}

/** The file of `dir` an href of `page` names (root-based, possibly under a public-URL prefix). */
function fileOf(dir, page, href) {
  const url = new URL(href, `http://site/${page}`);
  if (url.host !== "site") return null;
  const parts = decodeURIComponent(url.pathname).split("/").filter(Boolean);
  // Under `--public-url /sub/` the path starts with the prefix, which is not a folder of dist/.
  for (let i = 0; i < parts.length; i++) {
    const rel = parts.slice(i).join("/");
    const path = join(dir, rel);
    if (existsSync(path) && statSync(path).isFile()) return rel;
  }
  return null;
}

/**
 * What a page loads, by role: `critical` (the page, stylesheets, blocking scripts), `glue`,
 * `wasm` and `deferred` (module and async scripts such as boot.js).
 */
export function pageFiles(dir = dist, page = "index.html") {
  const html = readFileSync(join(dir, page), "utf8");
  const files = [{ name: page, kind: "critical" }];
  const add = (href, kind) => {
    const name = href && fileOf(dir, page, href);
    if (name && !files.some((f) => f.name === name)) files.push({ name, kind });
  };
  // A stylesheet for print only does not block the first paint on screen.
  for (const link of tags(html, "link"))
    if (/(^|\s)stylesheet(\s|$)/i.test(link.rel ?? "")) add(link.href, /^print$/i.test(link.media ?? "") ? "deferred" : "critical");
  for (const script of tags(html, "script")) {
    if (!script.src) continue;
    const blocking = script.type !== "module" && !("async" in script) && !("defer" in script);
    add(script.src, blocking ? "critical" : "deferred");
    if (script.id === "viewer-boot") {
      add(script["data-js"], "glue");
      add(script["data-wasm"], "wasm");
    }
  }
  return files;
}

/** Raw, gzip -9 and brotli q11 bytes of each file the page loads. */
export function measure(dir = dist, page = "index.html") {
  return pageFiles(dir, page).map(({ name, kind }) => {
    const bytes = readFileSync(join(dir, name));
    return { name, kind, raw: bytes.length, gzip: gzip(bytes).length, brotli: brotli(bytes).length };
  });
}

/** Sums of `rows` (all, or those of the given kinds). */
export function total(rows, ...kinds) {
  return rows
    .filter((r) => !kinds.length || kinds.includes(r.kind))
    .reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

export function budget() {
  return JSON.parse(readFileSync(join(root, "bench/size-budget.json"), "utf8"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limits = budget();
  const rows = measure();
  const line = (name, r) => `${name.padEnd(44)} ${String(r.raw).padStart(8)} raw ${String(r.gzip).padStart(7)} gzip ${String(r.brotli).padStart(7)} br`;
  for (const r of rows) console.log(line(`${r.name} (${r.kind})`, r));
  const critical = total(rows, "critical");
  const wasm = total(rows, "wasm");
  console.log(line("critical (html + css + blocking js)", critical));
  console.log(line("wasm", wasm));
  console.log(line("page total", total(rows)));
  let failed = false;
  for (const [what, bytes, limit] of [
    ["critical", critical.brotli, limits.critical_brotli_bytes],
    ["wasm", wasm.brotli, limits.wasm_brotli_bytes],
  ]) {
    if (!Number.isFinite(limit)) {
      console.error(`size budget: bench/size-budget.json has no ${what} budget`);
      failed = true;
    } else if (bytes > limit) {
      console.error(`size budget: ${what} is ${bytes} bytes brotli, over its budget of ${limit} by ${bytes - limit}`);
      failed = true;
    } else console.log(`${what}: ${bytes} bytes brotli; budget ${limit}`);
  }
  if (!rows.some((r) => r.kind === "wasm")) {
    console.error("size budget: dist/index.html names no wasm (is dist/ built?)");
    failed = true;
  }
  if (failed) process.exit(1);
}
