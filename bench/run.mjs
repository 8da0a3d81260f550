// The benchmark suite: one command prints a Markdown report and writes it to bench/results.md.
//
//   node bench/run.mjs            (or `make bench`, which builds dist/ first)
//
// 1. Size of the seed page (raw, gzip -9, brotli q11): the critical bytes (HTML, CSS, blocking JS),
//    the wasm, the glue, the page total; and the top wasm contributors (twiggy).
// 2. Load: the viewer vs a static-HTML baseline of the same article, alternating, in headless Chromium,
//    served precompressed (brotli); includes the time from boot.js's trigger to `viewer:ready`.
// 3. Lighthouse, mobile and desktop, against the same precompressed server.
// 4. Interaction: event → next frame for a legend hover, a seat ArrowRight and a card filter click.
// 5. Extraction: `cargo bench -p article-core --bench parse`.
//
// Timings are reported, never asserted: the exit status is 0 unless the bench itself cannot start.
// Environment: BENCH_DIST (site to measure, default dist/), BENCH_RUNS (load runs per page, default 15),
// BENCH_SAMPLES (interaction samples, default 40), BENCH_SIZE_TARGET_DIR (cargo target dir for the
// unstripped wasm, default target/bench-size), BENCH_ONLY (e.g. "2,4": only those sections),
// CHROMIUM_PATH (as in the browser tests).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { budget as sizeBudget, measure, total as sum } from "../tools/size-budget.mjs";
import { CHROMIUM_ARGS, launch, serve } from "../tests/e2e/harness.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, "dist");
const RUNS = boundedInt(process.env.BENCH_RUNS, 15, 10, 100);
const SAMPLES = boundedInt(process.env.BENCH_SAMPLES, 40, 30, 300);
const SIZE_TARGET = process.env.BENCH_SIZE_TARGET_DIR
  ? resolve(process.env.BENCH_SIZE_TARGET_DIR)
  : join(ROOT, "target", "bench-size");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Development aid: BENCH_ONLY=2,4 runs only those sections (default: all five).
const ONLY = new Set((process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean));
const LIGHTHOUSE_VERSION = "12.2.3";
const LIGHTHOUSE_DIR = join(ROOT, "bench", ".lighthouse");
const VIEWPORT = { width: 1280, height: 900 };
const KB = 1024;
const START_LOAD = os.loadavg()[0];

// The open issues' goals ("A page per article…", "Extraction that holds…").
const GOALS = {
  firstViewBrotli: 105 * KB,
  criticalBrotli: 16 * KB,
  fcpRatio: 1.1,
  hydrationAfterLoadMs: 60,
  interactionMs: 16.7,
  seedParseUs: 40,
};

// ---------------------------------------------------------------------------------------------
// Resources that must be released whatever happens: child processes, the server, the browser, the
// temp dir. `cleanup()` runs from `finally`, on SIGINT/SIGTERM and from the overall watchdog.

const children = new Set();
let server = null;
let browser = null;
let tmp = null;
let cleaning = null;
let stopping = false; // set on a signal or the watchdog: start nothing new
let chromiumVersion = null;

function cleanup() {
  stopping = true;
  cleaning ??= (async () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGKILL"); // its own process group (spawned detached)
      } catch {}
    }
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`bench: ${signal}, stopping`);
    cleanup().finally(() => process.exit(130));
  });
}
// Every step has its own bound; this is the bound on the whole run.
const watchdog = setTimeout(() => {
  console.error("bench: over 30 minutes, giving up");
  cleanup().finally(() => process.exit(1));
}, 30 * 60_000);
watchdog.unref();

// ---------------------------------------------------------------------------------------------
// Helpers.

function boundedInt(value, fallback, min, max) {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Run a command without blocking the event loop (the bench's own server must keep answering). */
function run(cmd, args, { cwd = ROOT, env = {}, timeoutMs = 60_000 } = {}) {
  return new Promise((done) => {
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let child;
    if (stopping) {
      done({ code: null, stdout, stderr, error: new Error("the bench is stopping"), timedOut });
      return;
    }
    try {
      child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      done({ code: null, stdout, stderr, error, timedOut });
      return;
    }
    children.add(child);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, timeoutMs);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (error) => {
      clearTimeout(timer);
      children.delete(child);
      done({ code: null, stdout, stderr, error, timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      children.delete(child);
      done({ code, stdout, stderr, error: null, timedOut });
    });
  });
}

/** Why a command failed, in one line. */
function failure(result, what) {
  if (result.error?.code === "ENOENT") return `${what}: command not found`;
  if (result.error) return `${what}: ${result.error.message}`;
  if (result.timedOut) return `${what}: timed out`;
  const last = (result.stderr || result.stdout).trim().split("\n").filter(Boolean).slice(-3).join(" / ");
  return `${what} exited with ${result.code}${last ? `: ${last}` : ""}`;
}

/** Replace this machine's paths by neutral names: no absolute path goes into the report. */
function scrub(text) {
  let out = String(text);
  const pairs = [
    [tmp, "<tmp>"],
    [DIST, "<dist>"],
    [SIZE_TARGET, "<size-target>"],
    [ROOT, "<repo>"],
    [os.tmpdir(), "<tmp>"],
    [os.homedir(), "~"],
  ];
  for (const [path, name] of pairs) if (path && path.length > 1) out = out.split(path).join(name);
  return out;
}

/** A path for the report: relative to the repository when inside it, otherwise a label. */
function shown(path, label) {
  const rel = relative(ROOT, path);
  return rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel : label;
}

const cell = (text) => scrub(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
const num = (n) => n.toLocaleString("en-US");
const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (v) => (v == null || Number.isNaN(v) ? "–" : v.toFixed(1));
const sleep = (t) => new Promise((ok) => setTimeout(ok, t));

function quantile(values, q) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  if (q === 0.5) return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  if (q === 0) return v[0];
  return v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)]; // nearest rank
}
const median = (values) => quantile(values, 0.5);
const min = (values) => quantile(values, 0);
const max = (values) => quantile(values, 1);

/** A Markdown table: the first `left` columns left-aligned, the rest (figures) right-aligned. */
function table(head, rows, left = 1) {
  const rule = head.map((_, i) => (i < left ? "---" : "---:")).join("|");
  return [`| ${head.join(" | ")} |`, `|${rule}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

const met = (ok) => (ok == null ? "–" : ok ? "met" : "**not met**");

// ---------------------------------------------------------------------------------------------
// Machine.

async function machine() {
  const cpus = os.cpus();
  const rustc = await run("rustc", ["--version"], { timeoutMs: 120_000 });
  let chromium = chromiumVersion;
  if (!chromium) {
    const r = await run(CHROMIUM, ["--version"], { timeoutMs: 30_000 });
    chromium = r.code === 0 ? r.stdout.trim() : "unavailable";
  }
  return [
    `- date: ${new Date().toISOString()}`,
    `- os: ${os.type()} ${os.release()} (${os.arch()})`,
    `- cpu: ${cpus[0]?.model ?? "unknown"}, ${cpus.length} logical cores (${os.availableParallelism()} available)`,
    `- memory: ${(os.totalmem() / KB ** 3).toFixed(1)} GiB`,
    `- load average (1 min) at the start and the end: ${START_LOAD.toFixed(2)}, ${os.loadavg()[0].toFixed(2)} ` +
      `(above the core count, other work shared the CPU and timings are inflated)`,
    `- node: ${process.version}`,
    `- chromium: ${chromium}`,
    `- rustc: ${rustc.code === 0 ? rustc.stdout.trim() : "unavailable"}`,
    `- site measured: ${shown(DIST, "a build outside the repository (BENCH_DIST)")}`,
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// 1. Size.

async function size() {
  const rows = measure(DIST);
  const critical = sum(rows, "critical");
  const wasm = sum(rows, "wasm");
  const glue = sum(rows, "glue");
  const total = sum(rows);
  const bold = (t) => [`**${num(t.raw)}**`, `**${num(t.gzip)}**`, `**${num(t.brotli)}** (${kb(t.brotli)} KB)`];
  const line = (t) => [num(t.raw), num(t.gzip), `${num(t.brotli)} (${kb(t.brotli)} KB)`];
  const gap = total.brotli - GOALS.firstViewBrotli;
  const out = [
    "## 1. Size of the seed page",
    "",
    `Every file the seed page (\`index.html\`, the first article) loads, by role (tools/size-budget.mjs: ${rows.length} files). ` +
      "**critical** is what the first paint waits for: the HTML (with the article's model as JSON), the stylesheet and blocking scripts. " +
      "The glue and the wasm are fetched by boot.js (deferred) only after the first contentful paint. Bytes; KB = 1024 bytes.",
    "",
    table(
      ["file", "role", "raw", "gzip -9", "brotli q11"],
      [
        ...rows.map((r) => [`\`${r.name}\``, r.kind, num(r.raw), num(r.gzip), num(r.brotli)]),
        ["**critical** (HTML + CSS + blocking JS)", "", ...bold(critical)],
        ["**wasm**", "", ...line(wasm)],
        ["**JS glue**", "", ...line(glue)],
        ["**page total**", "", ...bold(total)],
      ],
      2,
    ),
    "",
    `Goals: critical ≤ ${kb(GOALS.criticalBrotli)} KB brotli (about what the first round trips carry) — measured ${kb(critical.brotli)} KB, ` +
      `${met(critical.brotli <= GOALS.criticalBrotli)}; page total ≤ ${kb(GOALS.firstViewBrotli)} KB — measured ${kb(total.brotli)} KB: ` +
      (gap > 0
        ? `**over by ${kb(gap)} KB (${num(gap)} bytes), ${(total.brotli / GOALS.firstViewBrotli).toFixed(2)}× the goal** — not met.`
        : `${kb(-gap)} KB under the goal — met.`),
  ];
  try {
    const b = sizeBudget();
    out.push(
      `The size gate in \`make test\` (bench/size-budget.json) currently allows ${num(b.critical_brotli_bytes)} bytes critical and ` +
        `${num(b.wasm_brotli_bytes)} bytes of wasm, brotli.`,
    );
  } catch {}
  out.push("", "### Top 15 wasm contributors", "", await twiggy(rows));
  return { md: out.join("\n"), total };
}

async function twiggy(rows) {
  const version = await run("twiggy", ["--version"], { timeoutMs: 30_000 });
  if (version.code !== 0) return `Not measured: ${failure(version, "twiggy")} (twiggy is not installed; \`make bench\` installs it through tools/setup.sh --bench).`;
  // twiggy 0.7 fails on stripped wasm, and the release profile strips; build an unstripped copy into
  // its own target dir (never dist/ or the release target).
  const build = await run(
    "cargo",
    ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "article-viewer"],
    { env: { CARGO_TARGET_DIR: SIZE_TARGET, CARGO_PROFILE_RELEASE_STRIP: "false" }, timeoutMs: 20 * 60_000 },
  );
  if (build.code !== 0) return `Not measured: ${cell(failure(build, "the unstripped wasm build"))}.`;
  const wasm = join(SIZE_TARGET, "wasm32-unknown-unknown", "release", "article-viewer.wasm");
  // Custom sections (wasm-bindgen's descriptors, the name section, DWARF) are in the unstripped file
  // only; rank what ships (code and data), so ask for more rows than 15 and leave those out.
  const top = await run("twiggy", ["top", "-n", "100", "-f", "json", wasm], { timeoutMs: 120_000 });
  if (top.code !== 0) return `Not measured: ${cell(failure(top, version.stdout.trim()))}.`;
  let items;
  try {
    items = JSON.parse(top.stdout);
  } catch (error) {
    return `Not measured: twiggy's output is not JSON (${cell(error.message)}).`;
  }
  const unshipped = (name) => /^custom section /.test(name) || /subsection$/.test(name);
  const left = items.filter((it) => unshipped(it.name));
  const ranked = items.filter((it) => !unshipped(it.name)).slice(0, 15);
  const shipped = rows.find((r) => r.name.endsWith(".wasm"));
  const label = (name) => {
    const plain = name.replace(/::h[0-9a-f]{16}$/, "").replace(/`/g, "'");
    return `\`${plain.length > 120 ? `${plain.slice(0, 55)} … ${plain.slice(-60)}` : plain}\``;
  };
  return [
    `${version.stdout.trim()} (\`twiggy top\`) on an unstripped \`cargo build --release\` of the app ` +
      `(${num(statSync(wasm).size)} bytes, built from the working tree in ${shown(SIZE_TARGET, "BENCH_SIZE_TARGET_DIR")}, so from the ` +
      "sources as they are now, which may be newer than the measured dist/). These are **pre-wasm-bindgen, " +
      `pre-wasm-opt** sizes: the shipped \`${shipped?.name ?? ".wasm"}\` (${num(shipped?.raw ?? 0)} bytes raw) has been through ` +
      "both, so absolute numbers differ from what ships; read the ranking. Shallow bytes; share of the unstripped file.",
    "",
    table(
      ["#", "item", "shallow bytes", "share"],
      ranked.map((it, i) => [String(i + 1), cell(label(it.name)), num(it.shallow_size), `${Number(it.shallow_size_percent).toFixed(2)} %`]),
      2,
    ),
    "",
    `Left out of the ranking as they do not ship: ${left.map((it) => `${cell(it.name.replace(/^custom section /, ""))} (${num(it.shallow_size)})`).join(", ")}. ` +
      "`data[N]` rows are data segments (static strings and tables).",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// 2. Load: viewer vs a static baseline.

/** The viewer's own prerendered article in a page with the same stylesheet and no script. */
function baselinePage(indexHtml) {
  const open = indexHtml.match(/<article\b[^>]*\bclass="(?:[^"]*\s)?story(?:\s[^"]*)?"[^>]*>/);
  if (!open) throw new Error('dist/index.html has no <article class="story"> element');
  let depth = 0;
  let end = -1;
  const tags = /<(\/?)article\b[^>]*>/g;
  tags.lastIndex = open.index;
  for (let m = tags.exec(indexHtml), guard = 0; m && guard < 10_000; m = tags.exec(indexHtml), guard++) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end < 0) throw new Error("unbalanced <article> in dist/index.html");
  const article = indexHtml.slice(open.index, end);
  const stylesheet = indexHtml.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/)?.[0];
  if (!stylesheet) throw new Error("dist/index.html has no stylesheet link");
  const title = indexHtml.match(/<title>[\s\S]*?<\/title>/)?.[0] ?? "<title>Baseline</title>";
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    title,
    stylesheet,
    "</head>",
    "<body>",
    article,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Runs in every page before its own scripts: hydration time and the wasm memory, for the report. */
const INIT_SCRIPT = () => {
  const bench = (window.__bench = { hydratedAt: null, readyAt: null, memory: null });
  document.addEventListener("viewer:ready", () => (bench.readyAt = performance.now()), { once: true });
  const mark = () => {
    if (bench.hydratedAt === null && document.documentElement?.hasAttribute("data-hydrated")) bench.hydratedAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-hydrated"] });
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    if (typeof original !== "function") continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
        if (instance?.exports?.memory instanceof WebAssembly.Memory) bench.memory = instance.exports.memory;
        return result;
      });
    };
  }
};

/** In the page after load: paint, LCP, layout shift and navigation timing from buffered entries. */
const COLLECT = async () => {
  const entries = (type) =>
    new Promise((ok) => {
      const got = [];
      try {
        const po = new PerformanceObserver((list) => got.push(...list.getEntries()));
        po.observe({ type, buffered: true });
        setTimeout(() => {
          got.push(...po.takeRecords());
          po.disconnect();
          ok(got);
        }, 100);
      } catch {
        ok([]);
      }
    });
  const [paint, lcp, shifts] = await Promise.all([entries("paint"), entries("largest-contentful-paint"), entries("layout-shift")]);
  // CLS: the largest session window (gaps < 1 s, windows ≤ 5 s) of shifts without recent input.
  let cls = 0;
  let win = 0;
  let first = 0;
  let last = 0;
  for (const s of shifts.filter((e) => !e.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (win && s.startTime - last < 1000 && s.startTime - first < 5000) win += s.value;
    else {
      win = s.value;
      first = s.startTime;
    }
    last = s.startTime;
    cls = Math.max(cls, win);
  }
  const nav = performance.getEntriesByType("navigation")[0];
  const finalLcp = lcp.at(-1);
  return {
    fcp: paint.find((e) => e.name === "first-contentful-paint")?.startTime ?? null,
    lcp: finalLcp ? finalLcp.renderTime || finalLcp.loadTime || finalLcp.startTime : null,
    lcpElement: finalLcp?.element ? finalLcp.element.tagName.toLowerCase() + (finalLcp.element.id ? "#" + finalLcp.element.id : "") : null,
    cls,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    load: nav?.loadEventStart ?? null,
    hydrated: window.__bench?.hydratedAt ?? null,
    // boot.js marks when (and why) it starts loading the app; the wasm says viewer:ready when live.
    loadStart: performance.getEntriesByName("viewer:load-start")[0]?.startTime ?? null,
    trigger: performance.getEntriesByName("viewer:load-start")[0]?.detail ?? null,
    ready: window.__bench?.readyAt ?? null,
    wasmMemory: window.__bench?.memory?.buffer.byteLength ?? null,
  };
};

const settle = (page, extraMs = 0) =>
  page.evaluate((t) => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, t)))), extraMs);

async function loadOnce(url, isViewer) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Performance.enable");
    await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    if (isViewer) await page.waitForFunction(() => window.__bench?.readyAt != null, null, { timeout: 10_000 }).catch(() => {});
    await settle(page, 200);
    const r = await page.evaluate(COLLECT);
    const heap = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
    await cdp.send("HeapProfiler.collectGarbage");
    const heapGc = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
    return {
      ...r,
      heap,
      heapGc,
      afterLoad: r.hydrated != null && r.load != null ? r.hydrated - r.load : null,
      triggerToReady: r.ready != null && r.loadStart != null ? r.ready - r.loadStart : null,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

async function load() {
  const viewerUrl = server.url;
  const baselineUrl = `${server.origin}/bench-baseline.html`;
  // One discarded pair warms the browser process (not the page cache: the cache is disabled).
  await loadOnce(viewerUrl, true);
  await loadOnce(baselineUrl, false);
  const viewer = [];
  const baseline = [];
  const errors = [];
  for (let i = 0; i < RUNS * 2 && !stopping; i++) {
    const isViewer = i % 2 === 0;
    try {
      (isViewer ? viewer : baseline).push(await loadOnce(isViewer ? viewerUrl : baselineUrl, isViewer));
    } catch (error) {
      errors.push(`${isViewer ? "viewer" : "baseline"} run ${Math.floor(i / 2) + 1}: ${error.message.split("\n")[0]}`);
    }
  }
  const pick = (runs, key) => runs.map((r) => r[key]);
  const row = (label, key, fmt, { ratio = true, goal = "" } = {}) => {
    const v = median(pick(viewer, key));
    const b = median(pick(baseline, key));
    const spread = (runs) => {
      const lo = min(pick(runs, key));
      const hi = max(pick(runs, key));
      return lo == null ? "" : ` (${fmt(lo)}–${fmt(hi)})`;
    };
    return [label, v == null ? "–" : fmt(v) + spread(viewer), b == null ? "–" : fmt(b) + spread(baseline), ratio && v != null && b ? (v / b).toFixed(2) : "–", goal];
  };
  const fcpRatio = median(pick(viewer, "fcp")) / median(pick(baseline, "fcp"));
  const afterLoad = median(pick(viewer, "afterLoad"));
  const hydratedRuns = viewer.filter((r) => r.hydrated != null).length;
  const triggerCounts = new Map();
  for (const r of viewer) if (r.trigger) triggerCounts.set(r.trigger, (triggerCounts.get(r.trigger) ?? 0) + 1);
  const triggers = [...triggerCounts].map(([t, n]) => `${t} (${n})`).join(", ");
  const mib = (b) => (b / KB / KB).toFixed(2);
  const lcpElements = [...new Set(viewer.map((r) => r.lcpElement).filter(Boolean))].join(", ") || "–";
  const lcpBaseline = [...new Set(baseline.map((r) => r.lcpElement).filter(Boolean))].join(", ") || "–";
  const out = [
    "## 2. Load: viewer vs static baseline",
    "",
    `Headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, loopback server sending the precompressed files (brotli), no throttling. ${viewer.length} viewer and ${baseline.length} baseline ` +
      "runs, alternating, each in a fresh browser context with the cache disabled (one warm-up pair discarded). " +
      "The baseline is the viewer's own prerendered `<article class=\"story\">` with the same stylesheet and no script. " +
      "Times in ms from navigation start; median (min–max).",
    "",
    table(
      ["metric", "viewer", "baseline", "viewer / baseline", "goal"],
      [
        row("first contentful paint (ms)", "fcp", ms, { goal: `ratio ≤ ${GOALS.fcpRatio.toFixed(2)}: ${met(Number.isFinite(fcpRatio) ? fcpRatio <= GOALS.fcpRatio : null)}` }),
        row("largest contentful paint (ms)", "lcp", ms),
        row("DOMContentLoaded (ms)", "domContentLoaded", ms),
        row("load event (ms)", "load", ms),
        row("hydrated, html[data-hydrated] (ms)", "hydrated", ms, { ratio: false }),
        row("hydrated after the load event (ms)", "afterLoad", ms, { ratio: false, goal: `≤ ${GOALS.hydrationAfterLoadMs} ms: ${met(afterLoad == null ? null : afterLoad <= GOALS.hydrationAfterLoadMs)}` }),
        row("app load started by boot.js (ms)", "loadStart", ms, { ratio: false }),
        row("trigger → viewer:ready (ms)", "triggerToReady", ms, { ratio: false }),
        row("cumulative layout shift", "cls", (v) => v.toFixed(3), { ratio: false }),
        row("JS heap used after load (MiB)", "heap", mib),
        row("JS heap used after a forced GC (MiB)", "heapGc", mib),
        row("wasm linear memory (MiB)", "wasmMemory", mib, { ratio: false }),
      ],
    ),
    "",
    `Hydration was seen in ${hydratedRuns} of ${viewer.length} viewer runs. Largest contentful paint element: viewer ${lcpElements}; baseline ${lcpBaseline}. ` +
      "The JS heap excludes the wasm linear memory, shown on its own row. " +
      `boot.js starts loading the glue and wasm after the first contentful paint; what started it: ${triggers || "–"}. ` +
      "“trigger → viewer:ready” runs from that moment (the \`viewer:load-start\` mark) to the app's \`viewer:ready\` event: download, compile, hydrate.",
  ];
  if (errors.length) out.push("", `Failed runs (left out): ${errors.map(cell).join("; ")}`);
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse.

async function lighthouseCommand() {
  const viaNpx = await run("npx", ["--no-install", "lighthouse", "--version"], { timeoutMs: 60_000 });
  if (viaNpx.code === 0) return { cmd: "npx", args: ["--no-install", "lighthouse"], version: viaNpx.stdout.trim() };
  const bin = join(LIGHTHOUSE_DIR, "node_modules", ".bin", "lighthouse");
  if (!existsSync(bin)) {
    console.error(`bench: installing lighthouse@${LIGHTHOUSE_VERSION} into bench/.lighthouse (once)`);
    const install = await run(
      "npm",
      ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", LIGHTHOUSE_DIR, `lighthouse@${LIGHTHOUSE_VERSION}`],
      { timeoutMs: 5 * 60_000 },
    );
    if (install.code !== 0 || !existsSync(bin)) throw new Error(failure(install, `npm install lighthouse@${LIGHTHOUSE_VERSION}`));
  }
  const version = await run(bin, ["--version"], { timeoutMs: 60_000 });
  if (version.code !== 0) throw new Error(failure(version, "lighthouse --version"));
  return { cmd: bin, args: [], version: version.stdout.trim() };
}

async function lighthouse() {
  const head = ["run", "performance", "accessibility", "best practices", "SEO", "FCP (ms)", "LCP (ms)", "TBT (ms)", "CLS", "Speed Index (ms)"];
  const out = ["## 3. Lighthouse", ""];
  let lh;
  try {
    lh = await lighthouseCommand();
  } catch (error) {
    out.push(table(head, [["mobile, desktop", `not run: ${cell(error.message)}`, "", "", "", "", "", "", "", ""]]));
    return out.join("\n");
  }
  const rows = [];
  for (const [name, extra] of [
    ["mobile", []],
    ["desktop", ["--preset=desktop"]],
  ]) {
    const report = join(tmp, `lighthouse-${name}.json`);
    const result = await run(
      lh.cmd,
      [
        ...lh.args,
        server.url,
        "--output=json",
        `--output-path=${report}`,
        "--quiet",
        "--no-enable-error-reporting",
        // Lighthouse 12 takes the binary from CHROME_PATH; --chrome-path is passed too for versions that read it.
        `--chrome-path=${CHROMIUM}`,
        `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
        ...extra,
      ],
      { env: { CHROME_PATH: CHROMIUM }, timeoutMs: 4 * 60_000 },
    );
    let lhr = null;
    try {
      lhr = JSON.parse(readFileSync(report, "utf8"));
    } catch {}
    if (!lhr) {
      rows.push([name, `not run: ${cell(failure(result, "lighthouse"))}`, "", "", "", "", "", "", "", ""]);
      continue;
    }
    const score = (id) => (lhr.categories?.[id]?.score == null ? "–" : String(Math.round(lhr.categories[id].score * 100)));
    const audit = (id, fmt) => {
      const v = lhr.audits?.[id]?.numericValue;
      return v == null ? "–" : fmt(v);
    };
    const problem = lhr.runtimeError ? ` (${cell(lhr.runtimeError.code)})` : "";
    rows.push([
      name + problem,
      score("performance"),
      score("accessibility"),
      score("best-practices"),
      score("seo"),
      audit("first-contentful-paint", (v) => v.toFixed(0)),
      audit("largest-contentful-paint", (v) => v.toFixed(0)),
      audit("total-blocking-time", (v) => v.toFixed(0)),
      audit("cumulative-layout-shift", (v) => v.toFixed(3)),
      audit("speed-index", (v) => v.toFixed(0)),
    ]);
    for (const w of lhr.runWarnings ?? []) out.push(`- ${name} warning: ${cell(w)}`);
  }
  if (out.length > 2) out.push("");
  out.push(
    `Lighthouse ${cell(lh.version)} against the served viewer (the precompressed files, brotli or gzip as Lighthouse's Chromium accepts), Debian's Chromium. Mobile is Lighthouse's default (simulated slow 4G and 4× CPU slowdown); ` +
      "desktop is `--preset=desktop`. Scores 0–100; metric times are Lighthouse's simulated values.",
    "",
    table(head, rows),
  );
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// 4. Interaction: event → next frame.

/**
 * In the page: wait for the next `type` event on the scenario's element (a capturing listener on
 * window, so it runs before the app's own handlers), then for the next animation frame and a task
 * after it (the frame has then been rendered). Resolves to the times and whether the app's state
 * change was in the DOM by then; to null if no event came within 5 s. Returns false when the
 * scenario's element is missing (for the keyboard: no seat has the focus).
 */
const ARM = ({ type, scenario }) => {
  const seatStop = () => document.querySelector('svg.seat-map g.seat[tabindex="0"]');
  const noButton = () => [...document.querySelectorAll("section.cards button")].find((b) => b.textContent.trim() === "Voted no");
  const el = scenario === "hover" ? document.querySelector('[id$="legend-no"]') : scenario === "key" ? document.activeElement : noButton();
  if (!el || (scenario === "key" && !el.matches("svg.seat-map g.seat"))) return false;
  const stop = seatStop();
  const applied = () => {
    if (scenario === "hover") return !!document.querySelector('[id$="legend-no"]')?.classList.contains("active");
    // The roving tab stop follows the app's current seat.
    if (scenario === "key") return seatStop() !== stop;
    return noButton()?.getAttribute("aria-pressed") === "true";
  };
  window.__probe = new Promise((ok) => {
    const timer = setTimeout(() => {
      window.removeEventListener(type, on, true);
      ok(null);
    }, 5000);
    function on(event) {
      if (!el.contains(event.target)) return;
      const t0 = performance.now();
      window.removeEventListener(type, on, true);
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          ok({ toFrame: frame - t0, total: performance.now() - t0, applied: applied(), focusMoved: document.activeElement !== el });
        channel.port2.postMessage(null);
      });
    }
    window.addEventListener(type, on, true);
  });
  return true;
};

async function interactionPage() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: "load", timeout: 30_000 });
  await page.waitForSelector("html.viewer-live", { state: "attached", timeout: 10_000 });
  return { context, page };
}

/** One sample; null when the scenario's element was missing or no event arrived. */
async function sample(page, type, scenario, act) {
  if (!(await page.evaluate(ARM, { type, scenario }))) return null;
  await act();
  return page.evaluate(() => window.__probe);
}

const SCENARIOS = [
  {
    name: "hover the legend's “against” group (…legend-no)",
    type: "pointerover",
    scenario: "hover",
    async setup(page) {
      await page.locator('[id$="legend-no"]').first().scrollIntoViewIfNeeded();
      const box = await page.locator('[id$="legend-no"]').first().boundingBox();
      if (!box) throw new Error("the legend's no button is not visible");
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    async reset(page) {
      await page.mouse.move(1, 1);
      await page.waitForFunction(() => !document.querySelector('[id$="legend-no"]')?.classList.contains("active"), null, { timeout: 2000 }).catch(() => {});
    },
    act: (page, at) => page.mouse.move(at.x, at.y),
  },
  {
    name: "ArrowRight between seats (from a focused g.seat)",
    type: "keydown",
    scenario: "key",
    async setup() {
      return null;
    },
    // Focus the seat that is the tab stop (the app's current seat) unless it already has the focus.
    async reset(page) {
      for (let i = 0; i < 3; i++) {
        const ok = await page.evaluate(() => {
          const seat = document.querySelector('svg.seat-map g.seat[tabindex="0"]');
          if (seat && document.activeElement !== seat) seat.focus();
          return !!seat && document.activeElement === seat;
        });
        await settle(page, 20);
        if (ok && (await page.evaluate(() => !!document.activeElement?.matches('svg.seat-map g.seat[tabindex="0"]')))) return;
      }
    },
    act: (page) => page.keyboard.press("ArrowRight"),
  },
  {
    name: "filter the cards: click “Voted no”",
    type: "click",
    scenario: "filter",
    async setup(page) {
      const tools = page.locator("section.cards .toolbar");
      return { no: tools.getByRole("button", { name: "Voted no", exact: true }), all: tools.getByRole("button", { name: "All", exact: true }) };
    },
    async reset(page, at) {
      await at.all.click({ timeout: 5000 });
      await page.waitForFunction(() => [...document.querySelectorAll("section.cards button")].find((b) => b.textContent.trim() === "Voted no")?.getAttribute("aria-pressed") === "false", null, { timeout: 2000 }).catch(() => {});
    },
    act: (page, at) => at.no.click({ timeout: 5000 }),
  },
];

async function interaction() {
  const rows = [];
  const notes = [];
  for (const s of SCENARIOS) {
    if (stopping) break;
    let context;
    try {
      const opened = await interactionPage();
      context = opened.context;
      const { page } = opened;
      const at = await s.setup(page);
      const results = [];
      let missed = 0;
      for (let i = 0; i < SAMPLES && !stopping; i++) {
        await s.reset(page, at);
        await settle(page, 20);
        const r = await sample(page, s.type, s.scenario, () => s.act(page, at));
        if (r) results.push(r);
        else missed++;
      }
      const total = results.map((r) => r.total);
      const p50 = median(total);
      const p95 = quantile(total, 0.95);
      rows.push([
        s.name,
        `${results.length}/${SAMPLES}`,
        ms(median(results.map((r) => r.toFrame))),
        ms(p50),
        ms(p95),
        ms(max(total)),
        `${results.filter((r) => r.applied).length}/${results.length}`,
        p50 == null ? "–" : `median ${met(p50 <= GOALS.interactionMs)}, p95 ${met(p95 <= GOALS.interactionMs)}`,
      ]);
      if (missed) notes.push(`${s.name}: ${missed} samples left out (the element was missing or unfocused, or no event came within 5 s).`);
      const shownCount = results.filter((r) => r.applied).length;
      if (shownCount < results.length)
        notes.push(`${s.name}: the app's change was not yet in the DOM after the measured frame in ${results.length - shownCount} of ${results.length} samples.`);
      if (s.scenario === "key") {
        const moved = results.filter((r) => r.focusMoved).length;
        if (moved < results.length)
          notes.push(
            `${s.name}: the focus stayed on the previous seat in ${results.length - moved} of ${results.length} samples (the bench re-focuses the current seat before each press, so every sample is a real move).`,
          );
      }
    } catch (error) {
      rows.push([s.name, `not measured: ${cell(error.message.split("\n")[0])}`, "", "", "", "", "", ""]);
    } finally {
      await context?.close().catch(() => {});
    }
  }
  return [
    "## 4. Interaction: event → next frame",
    "",
    `Playwright's real input (mouse, keyboard) on the hydrated viewer, ${VIEWPORT.width}×${VIEWPORT.height}. Per sample: performance.now() in a capturing ` +
      "listener on window at the event, then at the next requestAnimationFrame callback (“to frame”), and in a MessageChannel task posted from " +
      "it, which runs once that frame has been rendered (“to next frame”). “State shown” counts samples where the app's change " +
      "(legend lit, the tab stop on the next seat, filter pressed) was already in the DOM at that point. Times in ms.",
    "",
    table(["interaction", "samples", "to frame, median", "to next frame, median", "p95", "max", "state shown", `goal ≤ ${GOALS.interactionMs} ms`], rows),
    ...(notes.length ? ["", ...notes.map((n) => `- ${cell(n)}`)] : []),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// 5. Extraction.

async function extraction() {
  const out = ["## 5. Extraction (article-core parse)", ""];
  const r = await run("cargo", ["bench", "-p", "article-core", "--bench", "parse"], { timeoutMs: 20 * 60_000 });
  const lines = r.stdout.split("\n").filter((l) => l.trim().startsWith("|"));
  if (r.code !== 0 || lines.length < 3) {
    out.push(`Not measured: ${cell(failure(r, "cargo bench -p article-core --bench parse"))}`);
    return out.join("\n");
  }
  out.push("`cargo bench -p article-core --bench parse` (native, release profile, `std::time::Instant`):", "", ...lines.map(scrub), "");
  const parsed = lines.slice(2).map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
  const seed = parsed.find((c) => /seed/i.test(c[0]));
  const seedUs = seed ? Number.parseFloat(seed[2]) : NaN;
  if (Number.isFinite(seedUs)) out.push(`Seed article: ${seedUs.toFixed(1)} µs median; goal ≤ ${GOALS.seedParseUs} µs — ${met(seedUs <= GOALS.seedParseUs)}.`);
  const perKb = parsed.map((c) => [c[0], Number.parseFloat(c[3])]).filter(([name, v]) => /KB|MB/.test(name) && Number.isFinite(v));
  if (perKb.length >= 2) {
    const [first, last] = [perKb[0], perKb.at(-1)];
    out.push(
      `Growth: µs/KB goes ${perKb.map(([n, v]) => `${v.toFixed(2)} (${n})`).join(" → ")}; ` +
        `${last[0]} costs ${(last[1] / first[1]).toFixed(2)}× as much per KB as ${first[0]} (1.00 would be exactly linear).`,
    );
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------

async function section(title, fn) {
  if (stopping) return "";
  const started = Date.now();
  console.error(`bench: ${title}…`);
  try {
    const md = await fn();
    if (md) console.error(`bench: ${title} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return typeof md === "string" ? md : md.md;
  } catch (error) {
    console.error(`bench: ${title} failed: ${error.stack ?? error}`);
    return `## ${title}\n\nNot measured: ${cell(error.message.split("\n")[0])}`;
  }
}

async function main() {
  if (!existsSync(join(DIST, "index.html"))) {
    console.error(`bench: no site to measure: ${scrub(join(DIST, "index.html"))} is missing (run \`make build\`, or set BENCH_DIST)`);
    return 1;
  }
  if (!measure(DIST).some((r) => r.kind === "wasm")) console.error("bench: warning: the site's index.html names no .wasm");
  tmp = mkdtempSync(join(os.tmpdir(), "article-bench-"));
  const baselineFile = join(tmp, "bench-baseline.html");
  writeFileSync(baselineFile, baselinePage(readFileSync(join(DIST, "index.html"), "utf8")));
  // The baseline is served next to the dist files, on the same origin, so it gets the same stylesheet.
  server = await serve(DIST, { routes: { "/bench-baseline.html": { body: readFileSync(baselineFile) } } });

  // Builds and the native bench first, so nothing compiles while the browser is being timed; the
  // Playwright browser is closed before Lighthouse starts its own.
  const parts = {};
  const skipped = async () => "";
  const pick = (n, fn) => (ONLY.size === 0 || ONLY.has(n) ? fn : skipped);
  parts.size = await section("1. Size of the seed page", pick("1", size));
  parts.extraction = await section("5. Extraction (article-core parse)", pick("5", extraction));
  try {
    if (!stopping) browser = await launch();
    chromiumVersion = browser?.version() ?? null;
  } catch (error) {
    console.error(`bench: Chromium did not start: ${error.message}`);
  }
  const noBrowser = async () => {
    throw new Error(`Chromium did not start (${CHROMIUM_ARGS.join(" ")})`);
  };
  parts.load = await section("2. Load: viewer vs static baseline", pick("2", browser ? load : noBrowser));
  parts.interaction = await section("4. Interaction: event → next frame", pick("4", browser ? interaction : noBrowser));
  await browser?.close().catch(() => {});
  browser = null;
  parts.lighthouse = await section("3. Lighthouse", pick("3", lighthouse));
  const report = [
    "# Benchmarks",
    "",
    "Produced by `node bench/run.mjs` (`make bench`); see bench/README.md for what each figure means. Figures are measurements, not pass/fail tests.",
    "",
    await machine(),
    ...[parts.size, parts.load, parts.lighthouse, parts.interaction, parts.extraction].filter(Boolean).flatMap((p) => ["", p]),
    "",
  ].join("\n");
  const text = scrub(report);
  if (stopping) return 130; // interrupted: print nothing partial, keep the last results.md
  console.log(text);
  if (ONLY.size === 0) {
    writeFileSync(join(ROOT, "bench", "results.md"), text);
    console.error("bench: wrote bench/results.md");
  } else console.error("bench: BENCH_ONLY is set, so bench/results.md is left as it was");
  return 0;
}

let status = 1;
try {
  status = await main();
} catch (error) {
  console.error(`bench: ${error.stack ?? error}`);
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(status);
