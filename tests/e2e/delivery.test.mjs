// Delivery: readable without JavaScript, hydration without errors, embedding across origins with
// auto-height, the CSP, own-origin requests only, hosting under a sub-path, and precompressed
// responses.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { join, relative, resolve } from "node:path";
import { serve, launch, openPage, hydrated, DIST } from "./harness.mjs";

/** The policy as the build wrote it into dist/_headers (from src/policy.rs), the one place it is defined. */
const CSP = readFileSync(resolve(DIST, "_headers"), "utf8").match(/^\s*Content-Security-Policy: (.+)$/m)?.[1];
const SPEAKERS = ["Samantha Power", "Qin Gang", "Kim Song", "Param-Preet Singh"];

let viewer, browser;
before(async () => {
  viewer = await serve(DIST, { headers: { "content-security-policy": CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await viewer?.close();
});

test("with JavaScript off the article, the chart's counts and all four speakers are there", async () => {
  const page = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(viewer.url);
  await page.locator("h1").waitFor();
  const text = await page.locator("body").innerText();
  assert.match(text, /North Korea faces UN Security Council scrutiny/);
  assert.equal(await page.locator("article.story p:not(.dateline)").count(), 18);
  assert.equal(await page.locator("svg.seat-map .seat").count(), 193);
  for (const count of ["116", "20", "53"]) assert.ok(await page.locator(".legend-count", { hasText: new RegExp(`^${count}$`) }).isVisible());
  for (const name of SPEAKERS) assert.ok(await page.locator("article.card h3", { hasText: name }).isVisible(), name);
  assert.equal(await page.locator("html[data-hydrated]").count(), 0);
});

test("hydration: no console errors, no CSP violations, no layout shift, and the chart becomes interactive", async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const before = viewer.requests.length;
  await page.goto(viewer.url);
  await hydrated(page);
  // The legend button of the chart's "no" group (ids are per chart: `<chart>-legend-no`).
  await page.locator('[id$="legend-no"]').first().hover();
  await page.waitForFunction(() => document.querySelectorAll("svg.seat-map .seat.lit").length === 20);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.ok((await page.evaluate(() => window.__cls)) < 0.01, "no layout shift");
  assert.deepEqual(page.problems, []);
  // Requests: only this origin (the page, its script, wasm and styles).
  const urls = [];
  page.on("request", (r) => urls.push(r.url()));
  await page.reload();
  await hydrated(page);
  assert.ok(urls.length > 0);
  for (const url of urls) assert.ok(url.startsWith(viewer.origin) || url.startsWith("data:"), `request to ${url}`);
  assert.ok(viewer.requests.length > before);
});

test("unknown or hostile URL flags fall back to defaults", async () => {
  const page = await openPage(browser);
  await page.goto(`${viewer.url}?view=%3Cscript%3Ealert(1)%3C/script%3E&theme=neon&plain=2&chart=pie#statement-${"x".repeat(5000)}`);
  await hydrated(page);
  assert.ok(await page.locator("h1").isVisible());
  assert.ok(await page.locator("svg.seat-map").isVisible());
  assert.equal(await page.locator("script", { hasText: "alert" }).count(), 0);
  assert.deepEqual(page.problems, []);
});

test("embedded across origins: the iframe follows its content, two embeds coexist, forged messages change nothing", async () => {
  const host = await serve(resolve(import.meta.dirname), {
    routes: {
      "/host.html": {
        body: `<!doctype html><html><head><title>Host</title><link rel="icon" href="data:,"></head><body>
          <h1>Host page</h1>
          <div id="a" data-article-viewer="${viewer.url}?view=chart"></div>
          <div id="b" data-article-viewer="${viewer.url}?view=cards"></div>
          <iframe id="evil" src="/evil.html" title="third party"></iframe>
          <script>window.__messages = []; addEventListener("message", (e) => window.__messages.push(e.data));</script>
          <script async src="${viewer.url}embed.js"></script></body></html>`,
      },
      "/evil.html": {
        body: `<!doctype html><title>evil</title><link rel="icon" href="data:,"><script>
          window.forge = () => parent.postMessage("pymxPYMxarticle-viewer-1xPYMxheightxPYMx7", "*");
        </script>`,
      },
    },
  });
  try {
    const page = await openPage(browser, { viewport: { width: 1000, height: 800 } });
    await page.goto(`${host.origin}/host.html`);
    const frames = page.locator("iframe[src*='embed=1']");
    await page.waitForFunction(() => document.querySelectorAll("iframe[src*='embed=1']").length === 2);
    assert.ok(await frames.nth(0).getAttribute("title"));
    assert.equal(await frames.nth(0).getAttribute("loading"), "lazy");
    const height = (i) => page.evaluate((i) => Number(document.querySelectorAll("iframe[src*='embed=1']")[i].height), i);
    const content = (i) =>
      page.frames().find((f) => f.url().includes(`childId=article-viewer-${i + 1}`))?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // Both frames report their heights.
    await page.waitForFunction(() => [...document.querySelectorAll("iframe[src*='embed=1']")].every((f) => f.height !== "640"));
    for (const i of [0, 1]) await page.waitForFunction(async ([i, h]) => Number(document.querySelectorAll("iframe[src*='embed=1']")[i].height) === h, [i, await content(i)]);
    const wide = await height(0);
    // Narrower viewport: content reflows taller, and the iframe follows.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction((w) => Number(document.querySelectorAll("iframe[src*='embed=1']")[0].height) > w, wide);
    const narrow = await height(0);
    // Wider again: it shrinks back.
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.waitForFunction((n) => Number(document.querySelectorAll("iframe[src*='embed=1']")[0].height) < n, narrow);
    assert.ok(Math.abs((await height(0)) - wide) <= 2, "back to the wide height");
    // A third frame forges a height message for the first embed: nothing changes.
    const settled = await height(0);
    const evil = page.frames().find((f) => f.url().endsWith("/evil.html"));
    await evil.evaluate(() => window.forge());
    // Once the host page has received the forged message, embed.js's listener has handled it too.
    await page.waitForFunction(() => window.__messages.includes("pymxPYMxarticle-viewer-1xPYMxheightxPYMx7"));
    assert.equal(await height(0), settled);
    assert.deepEqual(page.problems, []);
  } finally {
    await host.close();
  }
});

const SUB = resolve(DIST, "../dist-sub");
test("a build with --public-url /sub/ works under /sub/", { skip: !existsSync(SUB) && "dist-sub not built" }, async () => {
  const sub = await serve(SUB, { prefix: "/sub/" });
  try {
    const page = await openPage(browser);
    const failed = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${sub.origin}/sub/`);
    await hydrated(page);
    await page.locator('[id$="legend-yes"]').first().hover();
    await page.waitForFunction(() => document.querySelectorAll("svg.seat-map .seat.lit").length === 116);
    assert.deepEqual(failed, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await sub.close();
  }
});

test("the Embed dialog offers both snippets for the current view, copies them, and closes with Escape", async () => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  try {
    await page.goto(`${viewer.url}?view=chart&theme=dark`);
    await hydrated(page);
    await page.click("#embed-button");
    await page.waitForSelector("#embed-panel");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "embed-title", "focus moves into the dialog");
    const snippets = await page.locator("#embed-panel textarea").evaluateAll((t) => t.map((x) => x.value));
    assert.equal(snippets.length, 2);
    assert.match(snippets[0], /<iframe src="[^"]*\?view=chart&amp;theme=dark&amp;embed=1" title="Vote chart: North Korea faces UN Security Council scrutiny on human rights record"/, "the frame names its view and article");
    assert.match(snippets[1], /data-article-viewer="[^"]*\?view=chart&amp;theme=dark"/);
    assert.match(snippets[1], /src="[^"]*embed-[0-9a-f]{8}\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/, "the loader is pinned");
    await page.getByRole("button", { name: "Copy the loader snippet" }).click();
    await page.waitForFunction(async (s) => (await navigator.clipboard.readText()) === s, snippets[1]);
    await page.keyboard.press("Escape");
    await page.waitForSelector("#embed-panel", { state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.id), "embed-button", "focus returns to the button");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("if the wasm cannot load, the prerendered page stays readable and says interactivity is unavailable", async () => {
  const page = await openPage(browser);
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(viewer.url);
  await page.waitForSelector("#viewer-notice:not([hidden])");
  assert.match(await page.locator("#viewer-notice").innerText(), /Interactivity is unavailable/);
  assert.ok(await page.locator("h1").isVisible());
  assert.equal(await page.locator("article.story p:not(.dateline)").count(), 18);
  assert.equal(await page.locator("svg.seat-map .seat").count(), 193);
  assert.equal(await page.locator("html[data-hydrated]").count(), 0);
  // The aborted request is the only problem the console reports.
  assert.ok(page.problems.every((p) => /Failed to load resource|wasm|fetch/i.test(p)), page.problems.join("\n"));
});

test("the embed loader stays under 1 KB gzip", () => {
  const bytes = gzipSync(readFileSync(resolve(DIST, "embed.js")), { level: 9 }).length;
  assert.ok(bytes <= 1024, `embed.js is ${bytes} bytes gzip`);
});

/** Every file under `dir`, as paths relative to it. */
function walk(dir, out = [], base = dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out, base);
    else out.push(relative(base, path));
  }
  return out;
}

test("every text asset of the site has .br and .gz siblings with the same content", () => {
  const files = walk(DIST);
  const text = files.filter((f) => /\.(html|js|mjs|css|wasm|json|svg|txt|csv)$/.test(f));
  assert.ok(text.some((f) => f.endsWith(".wasm")) && text.some((f) => f.endsWith("/index.html")), "the site has a wasm and article pages");
  for (const f of text) {
    const original = readFileSync(join(DIST, f));
    assert.ok(files.includes(`${f}.br`) && files.includes(`${f}.gz`), `${f} is precompressed`);
    assert.ok(brotliDecompressSync(readFileSync(join(DIST, `${f}.br`))).equals(original), `${f}.br`);
    assert.ok(gunzipSync(readFileSync(join(DIST, `${f}.gz`))).equals(original), `${f}.gz`);
  }
  // Nothing stale: every sibling has its original.
  for (const f of files.filter((f) => /\.(br|gz)$/.test(f))) assert.ok(files.includes(f.slice(0, -3)), `${f} has its original`);
});

test("the page, the wasm and the stylesheet arrive brotli-compressed, with their own types", async () => {
  const page = await openPage(browser);
  const seen = [];
  page.on("response", async (r) => seen.push({ url: r.url(), type: r.request().resourceType(), headers: await r.allHeaders() }));
  await page.addInitScript(() => document.addEventListener("viewer:ready", () => (window.__ready = true), { once: true }));
  await page.goto(viewer.url);
  await page.waitForFunction(() => window.__ready === true);
  const find = (test) => seen.find(test);
  const checks = [
    ["the page", find((r) => r.type === "document"), /^text\/html/],
    ["the wasm", find((r) => r.url.endsWith(".wasm")), /^application\/wasm$/],
    ["the stylesheet", find((r) => r.type === "stylesheet"), /^text\/css/],
    ["the JS glue", find((r) => /article-viewer-[0-9a-f]+\.js$/.test(r.url)), /^text\/javascript/],
  ];
  for (const [what, response, type] of checks) {
    assert.ok(response, `${what} was loaded`);
    assert.equal(response.headers["content-encoding"], "br", what);
    assert.match(response.headers["vary"] ?? "", /accept-encoding/i, what);
    assert.match(response.headers["content-type"], type, what);
  }
  assert.deepEqual(page.problems, []);
});

test("the server sends gzip, or the file as it is, to clients that do not take brotli", async () => {
  const get = (encoding) => fetch(viewer.url, { headers: { "accept-encoding": encoding } });
  const html = readFileSync(resolve(DIST, "index.html"));
  const gz = await get("gzip");
  assert.equal(gz.headers.get("content-encoding"), "gzip");
  assert.ok(Buffer.from(await gz.arrayBuffer()).equals(html), "fetch decodes gzip to the page");
  const plain = await get("identity");
  assert.equal(plain.headers.get("content-encoding"), null);
  assert.ok(Buffer.from(await plain.arrayBuffer()).equals(html));
  const refused = await get("br;q=0, gzip;q=0, *");
  assert.equal(refused.headers.get("content-encoding"), null);
});
