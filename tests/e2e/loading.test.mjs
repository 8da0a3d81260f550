// Loading after first paint: the page preloads nothing of the app, no glue or wasm request starts
// before the first contentful paint, and a click made while the wasm is still loading is not
// lost: it takes effect once the app is live.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launch, openPage, DIST } from "./harness.mjs";

const FIRST = readFileSync(resolve(DIST, "index.html"), "utf8").match(/<link rel="canonical" href="[^"]*?([^"/]+)\/">/)?.[1];

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records the `viewer:ready` event from the start of every document. */
function recordReady(page) {
  return page.addInitScript(() => {
    window.__ready = null;
    document.addEventListener("viewer:ready", () => (window.__ready = performance.now()), { once: true });
  });
}

const ready = (page) => page.waitForFunction(() => window.__ready !== null);

for (const [label, path] of [
  ["the root page", ""],
  ["the article's page", `${FIRST}/`],
]) {
  test(`${label}: no glue or wasm request starts before the first contentful paint`, async () => {
    assert.ok(FIRST, "dist/index.html has a canonical article page");
    const page = await openPage(browser);
    await recordReady(page);
    await page.goto(`${server.url}${path}`);
    await ready(page);
    const timing = await page.evaluate(() => {
      const boot = document.getElementById("viewer-boot");
      const start = (href) => performance.getEntriesByType("resource").find((e) => e.name === new URL(href, location.href).href)?.startTime ?? null;
      return {
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
        glue: start(boot.dataset.js),
        wasm: start(boot.dataset.wasm),
        preloads: [...document.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')].map((l) => l.href),
        live: document.documentElement.classList.contains("viewer-live"),
        trigger: performance.getEntriesByName("viewer:load-start")[0]?.detail ?? null,
      };
    });
    assert.deepEqual(timing.preloads, [], "nothing of the app is preloaded");
    assert.ok(timing.fcp > 0, "a first contentful paint");
    assert.ok(timing.glue !== null && timing.wasm !== null, "the glue and the wasm were fetched");
    assert.ok(timing.glue > timing.fcp, `glue requested at ${timing.glue} ms, after the first contentful paint at ${timing.fcp} ms`);
    assert.ok(timing.wasm > timing.fcp, `wasm requested at ${timing.wasm} ms, after the first contentful paint at ${timing.fcp} ms`);
    assert.ok(timing.live, "<html> is marked viewer-live");
    assert.ok(["idle", "timeout", "visible"].includes(timing.trigger), `started by ${timing.trigger}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("a click on the chart's Grid toggle while the wasm loads takes effect once the app is live", async () => {
  const page = await openPage(browser);
  await recordReady(page);
  // Hold the wasm until the click has been made.
  let release;
  const held = new Promise((ok) => (release = ok));
  let requested;
  const wasmRequested = new Promise((ok) => (requested = ok));
  await page.route(/\.wasm$/, async (route) => {
    requested();
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  const grid = page.locator("button.toggle", { hasText: "Grid" }).first();
  const seats = page.locator("button.toggle", { hasText: "Seats" }).first();
  assert.equal(await grid.getAttribute("aria-pressed"), "false");
  await grid.click();
  await wasmRequested;
  // Not live yet: the click changed nothing, and the page did not navigate or submit.
  assert.equal(await page.evaluate(() => window.__ready), null);
  assert.equal(await page.locator("html.viewer-live").count(), 0);
  assert.equal(await grid.getAttribute("aria-pressed"), "false");
  assert.equal(await seats.getAttribute("aria-pressed"), "true");
  release();
  await ready(page);
  // The remembered click is replayed on the same button.
  await page.waitForFunction(() => [...document.querySelectorAll("button.toggle")].find((b) => b.textContent.trim() === "Grid")?.getAttribute("aria-pressed") === "true");
  assert.equal(await seats.getAttribute("aria-pressed"), "false");
  assert.match(page.url(), /[?&]chart=waffle\b/, "the view is in the URL, as after any click");
  // Once live, clicks are the app's own (nothing is replayed twice).
  await seats.click();
  await page.waitForFunction(() => [...document.querySelectorAll("button.toggle")].find((b) => b.textContent.trim() === "Seats")?.getAttribute("aria-pressed") === "true");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
