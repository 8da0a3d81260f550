// Delivery: readable without JavaScript, hydration without errors, embedding across origins with
// auto-height, the CSP, own-origin requests only, and hosting under a sub-path.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { serve, launch, openPage, hydrated, DIST } from "./harness.mjs";

const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'";
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
  await page.hover("#legend-no");
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
          window.forge = () => parent.postMessage("pymarticle-viewer-1xPYMxheightxPYMx7", "*");
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
    await page.waitForFunction(() => window.__messages.includes("pymarticle-viewer-1xPYMxheightxPYMx7"));
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
    await page.hover("#legend-yes");
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
    assert.match(snippets[0], /<iframe src="[^"]*\?view=chart&amp;theme=dark&amp;embed=1" title="Vote chart"/);
    assert.match(snippets[1], /data-article-viewer="[^"]*\?view=chart&amp;theme=dark"/);
    assert.match(snippets[1], /embed\.js/);
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
