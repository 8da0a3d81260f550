// Embeds that real hosts can trust: pym.js 1.3's own Parent sizes the viewer (the real library,
// from node_modules, on another origin); the loader embeds only its own origin, sandboxes each
// iframe, keeps its state private, shares one listener between copies and ignores forged
// heights; and the URL flags are read once, the same way, by flags.js and the app.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { serve, launch, openPage, hydrated, DIST } from "./harness.mjs";

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), "utf8");
const SANDBOX = "allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox";
const JS = "text/javascript; charset=utf-8";
/** The hashed loader the prerender writes (`embed-<sha384 prefix>.js`), if this build has one. */
const HASHED = readdirSync(DIST).find((f) => /^embed-[0-9a-f]{8}\.js$/.test(f));

let viewer, browser;
before(async () => {
  viewer = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await viewer?.close();
});

/** A host page on its own loopback origin; `routes` are its pages. */
function host(routes) {
  return serve(import.meta.dirname, { routes: { "/pym.v1.min.js": { type: JS, body: PYM }, ...routes } });
}

const page = (body) => `<!doctype html><html><head><title>Host page</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;

/** The content height of a frame's page, as the viewer reports it. */
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

test("pym.js 1.3's own Parent sizes the viewer's iframe, growing and shrinking with its content", async () => {
  const site = await host({
    "/pym.html": {
      body: page(`<h1>Host</h1><div id="container"></div>
        <script>window.__heights = []; addEventListener("message", (e) => /xPYMxheightxPYMx/.test(e.data) && window.__heights.push(e.data));</script>
        <script src="/pym.v1.min.js"></script>
        <script>window.__parent = new pym.Parent("container", ${JSON.stringify(`${viewer.url}?view=chart`)}, {});</script>`),
    },
  });
  try {
    const tab = await openPage(browser, { viewport: { width: 1000, height: 800 } });
    await tab.goto(`${site.origin}/pym.html`);
    const iframe = tab.locator("#container iframe");
    await iframe.waitFor({ state: "attached" });
    // pym.js adds its parameters to the src.
    const src = new URL(await iframe.getAttribute("src"));
    assert.equal(src.origin, viewer.origin);
    for (const key of ["initialWidth", "childId", "parentTitle", "parentUrl"]) assert.ok(src.searchParams.has(key), key);
    assert.equal(src.searchParams.get("childId"), "container");
    const frame = await (await iframe.elementHandle()).contentFrame();
    await hydrated(frame);

    const attr = () => tab.evaluate(() => Number.parseInt(document.querySelector("#container iframe").getAttribute("height"), 10));
    const follows = async () => {
      const want = await contentHeight(frame);
      await tab.waitForFunction((h) => Number.parseInt(document.querySelector("#container iframe").getAttribute("height"), 10) === h, want);
    };
    // The messages are pym's own: pymxPYMx<id>xPYMxheightxPYMx<px>; pym set the height from them.
    await follows();
    const heights = await tab.evaluate(() => window.__heights);
    assert.ok(heights.length > 0 && heights.every((m) => /^pymxPYMxcontainerxPYMxheightxPYMx\d+$/.test(m)), heights.join("\n"));
    assert.match(await iframe.getAttribute("height"), /^\d+px$/, "pym writes <n>px");
    const wide = await attr();
    assert.ok(wide > 100);

    // Narrower: the content reflows taller, and pym grows the iframe.
    await tab.setViewportSize({ width: 360, height: 800 });
    await tab.waitForFunction((w) => Number.parseInt(document.querySelector("#container iframe").getAttribute("height"), 10) > w, wide);
    await follows();
    const narrow = await attr();
    // Wider again: it shrinks back.
    await tab.setViewportSize({ width: 1000, height: 800 });
    await tab.waitForFunction((n) => Number.parseInt(document.querySelector("#container iframe").getAttribute("height"), 10) < n, narrow);
    await follows();
    assert.ok(Math.abs((await attr()) - wide) <= 2, "back to the wide height");

    // pym's width message is answered with the height.
    const before = await tab.evaluate(() => window.__heights.length);
    await tab.evaluate(() => window.__parent.sendWidth());
    await tab.waitForFunction((n) => window.__heights.length > n, before);

    // The app's rewrites of the query (here: the reader picks the grid) keep pym's parameters.
    await frame.getByRole("button", { name: "Grid" }).first().click();
    await frame.waitForFunction(() => new URLSearchParams(location.search).get("chart") === "waffle");
    const search = new URLSearchParams(await frame.evaluate(() => location.search));
    assert.equal(search.get("childId"), "container");
    assert.equal(search.get("parentUrl"), `${site.origin}/pym.html`);
    assert.equal(search.get("view"), "chart");
    assert.deepEqual(tab.problems, []);
  } finally {
    await site.close();
  }
});

test("the loader embeds only its own origin, sandboxed; copies share one private listener; forged heights change nothing", async () => {
  const loader = `${viewer.url}embed.js`;
  const site = await host({
    "/host.html": {
      body: page(`<h1>Host</h1>
        <script>
          // Every message, with the embeds' heights as embed.js's listener found and left them.
          const heights = () => [...document.querySelectorAll("[data-article-viewer] iframe")].map((f) => f.height);
          window.__log = [];
          addEventListener("message", (e) => window.__log.push({ data: e.data, before: heights() }));
          window.__listeners = 0;
          const add = window.addEventListener;
          window.addEventListener = function (type, ...rest) {
            if (type === "message") window.__listeners++;
            return add.call(this, type, ...rest);
          };
        </script>
        <div id="a" data-article-viewer="./?view=chart"></div>
        <div id="foreign" data-article-viewer="https://news.example/viewer/?view=chart"></div>
        <div id="near" data-article-viewer="${viewer.url.replace("127.0.0.1", "localhost")}?view=chart"></div>
        <div id="script" data-article-viewer="javascript:alert(1)"></div>
        <div id="data" data-article-viewer="data:text/html,hello"></div>
        <script src="${loader}"></script>
        <script>
          window.__globals = Object.keys(window).filter((k) => /viewer/i.test(k));
          // A host that clobbers what it can: the old global, and the loader's marker.
          window.__articleViewer = "junk";
          window[Symbol.for("article-viewer.embed")] = null;
        </script>
        <div id="b" data-article-viewer="${viewer.url}?view=cards" data-height="99999"></div>
        <script src="${loader}?copy=2"></script>
        <script>
          window.__embedListeners = window.__listeners;
          window.__reserved = [...document.querySelectorAll("[data-article-viewer] iframe")].map((f) => f.height);
          window.addEventListener = add;
          addEventListener("message", (e) => window.__log.findLast((m) => m.data === e.data).after = heights());
        </script>`),
    },
  });
  try {
    const tab = await openPage(browser, { viewport: { width: 1000, height: 800 } });
    await tab.goto(`${site.origin}/host.html`);
    await tab.waitForFunction(() => document.querySelectorAll("iframe").length === 2);
    assert.deepEqual(await tab.evaluate(() => window.__globals), [], "no window globals");
    assert.equal(await tab.evaluate(() => window.__embedListeners), 1, "one listener for both copies");
    for (const id of ["foreign", "near", "script", "data"]) {
      assert.equal(await tab.locator(`#${id} iframe`).count(), 0, id);
      assert.equal(await tab.locator(`#${id}`).getAttribute("data-article-viewer-id"), null, id);
    }
    const frames = [tab.locator("#a iframe"), tab.locator("#b iframe")];
    for (const [i, f] of frames.entries()) {
      const src = new URL(await f.getAttribute("src"));
      assert.equal(src.origin, viewer.origin);
      assert.equal(src.searchParams.get("embed"), "1");
      assert.equal(src.searchParams.get("childId"), `article-viewer-${i + 1}`, "ids are unique across copies");
      assert.equal(await f.getAttribute("sandbox"), SANDBOX);
      assert.equal(await f.getAttribute("allow"), "clipboard-write");
      assert.equal(await f.getAttribute("loading"), "lazy");
      assert.ok(await f.getAttribute("title"));
    }
    assert.deepEqual(await tab.evaluate(() => window.__reserved), ["640", "20000"], "reserved heights, clamped");
    const [a, b] = await Promise.all(frames.map(async (f) => (await f.elementHandle()).contentFrame()));
    await Promise.all([hydrated(a), hydrated(b)]);
    // In the iframe, embed mode is on.
    assert.equal(await a.evaluate(() => document.documentElement.hasAttribute("data-embed")), true);
    // Both follow their content (the second copy's embed too, after the host's clobbering).
    for (const [i, frame] of [a, b].entries()) {
      const want = await contentHeight(frame);
      await tab.waitForFunction(([i, h]) => Number(document.querySelectorAll("[data-article-viewer] iframe")[i].height) === h, [i, want]);
    }

    /** Post from a frame and return the host's log entry once embed.js's listener has handled it. */
    const post = async (frame, data) => {
      await frame.evaluate((d) => parent.postMessage(d, "*"), data);
      await tab.waitForFunction((d) => window.__log.some((m) => m.data === d && m.after), data);
      return tab.evaluate((d) => window.__log.findLast((m) => m.data === d), data);
    };
    // Forged: `__proto__`, the other embed's id, an unknown id, the old message format.
    for (const forged of [
      "pymxPYMx__proto__xPYMxheightxPYMx7",
      "pymxPYMxarticle-viewer-2xPYMxheightxPYMx7",
      "pymxPYMxconstructorxPYMxheightxPYMx7",
      "pymarticle-viewer-1xPYMxheightxPYMx7",
    ]) {
      const entry = await post(a, forged);
      assert.deepEqual(entry.after, entry.before, forged);
    }
    // The host page itself posting the first embed's id is not that embed's window.
    await tab.evaluate(() => postMessage("pymxPYMxarticle-viewer-1xPYMxheightxPYMx7", "*"));
    await tab.waitForFunction(() => window.__log.some((m) => m.data === "pymxPYMxarticle-viewer-1xPYMxheightxPYMx7" && m.after));
    const self = await tab.evaluate(() => window.__log.findLast((m) => m.data === "pymxPYMxarticle-viewer-1xPYMxheightxPYMx7"));
    assert.deepEqual(self.after, self.before);
    // The embed's own messages are heard, clamped to 100..20000 px.
    assert.equal((await post(a, "pymxPYMxarticle-viewer-1xPYMxheightxPYMx5")).after[0], "100");
    assert.equal((await post(a, "pymxPYMxarticle-viewer-1xPYMxheightxPYMx999999999")).after[0], "20000");
    assert.deepEqual(tab.problems, []);
  } finally {
    await site.close();
  }
});

test("a repeated flag takes its last value, in flags.js before the app and in the app after", async () => {
  const tab = await openPage(browser);
  for (const [query, shown, hidden] of [
    ["?view=chart&view=cards", "article.card", "svg.seat-map"],
    ["?view=cards&view=chart", "svg.seat-map", "article.card"],
  ]) {
    await tab.goto(`${viewer.url}${query}`);
    const last = query.split("=").pop();
    assert.equal(await tab.evaluate(() => document.documentElement.dataset.view), last, `${query}: flags.js`);
    await hydrated(tab);
    assert.ok(await tab.locator(shown).first().isVisible(), `${query}: ${shown} shows`);
    assert.equal(await tab.locator(hidden).first().isVisible(), false, `${query}: ${hidden} hidden`);
  }
  assert.deepEqual(tab.problems, []);
});

test("embed=1 in a top-level page is plain but scrolls", async () => {
  const tab = await openPage(browser, { viewport: { width: 1000, height: 600 } });
  await tab.goto(`${viewer.url}?embed=1`);
  await hydrated(tab);
  const root = await tab.evaluate(() => [document.documentElement.hasAttribute("data-embed"), document.documentElement.hasAttribute("data-plain")]);
  assert.deepEqual(root, [false, true]);
  assert.ok(await tab.evaluate(() => document.documentElement.scrollHeight > innerHeight * 2), "a page taller than the window");
  await tab.evaluate(() => window.scrollTo(0, 800));
  await tab.waitForFunction(() => window.scrollY > 0);
  assert.deepEqual(tab.problems, []);
});

test("the hashed loader is named by its SHA-384, pinned with integrity, and needs CORS", { skip: !HASHED && "this build has no embed-<hash>.js (the prerender does not write it)" }, async () => {
  const bytes = readFileSync(resolve(DIST, HASHED));
  const digest = createHash("sha384").update(bytes).digest();
  assert.equal(HASHED, `embed-${digest.subarray(0, 4).toString("hex")}.js`);
  const integrity = `sha384-${digest.toString("base64")}`;
  // The oEmbed HTML and the page's loader <meta> (which the Embed dialog reads) pin it.
  const html = JSON.parse(readFileSync(resolve(DIST, "oembed.json"), "utf8")).html;
  assert.match(html, new RegExp(`src="[^"]*/${HASHED}" integrity="${integrity.replace(/[+/]/g, "\\$&")}" crossorigin="anonymous"`));
  assert.ok(readFileSync(resolve(DIST, "index.html"), "utf8").includes(`data-integrity="${integrity}"`));
  assert.ok(bytes.equals(readFileSync(resolve(DIST, "embed.js"))), "the same loader as embed.js");

  const cors = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
  const pageWith = (origin, sri) =>
    page(`<div data-article-viewer="${origin}/?view=chart"></div>
      <script async src="${origin}/${HASHED}" integrity="${sri}" crossorigin="anonymous"
        onload="window.__loaded = 'ok'" onerror="window.__loaded = 'blocked'"></script>`);
  const tampered = integrity.slice(0, -2) + (integrity.endsWith("AA") ? "BB" : "AA");
  const site = await host({
    "/pinned.html": { body: pageWith(cors.origin, integrity) },
    "/tampered.html": { body: pageWith(cors.origin, tampered) },
    "/no-cors.html": { body: pageWith(viewer.origin, integrity) },
  });
  try {
    for (const [path, outcome] of [["/pinned.html", "ok"], ["/tampered.html", "blocked"], ["/no-cors.html", "blocked"]]) {
      const tab = await openPage(browser);
      await tab.goto(`${site.origin}${path}`);
      await tab.waitForFunction(() => window.__loaded);
      assert.equal(await tab.evaluate(() => window.__loaded), outcome, path);
      assert.equal(await tab.locator("iframe").count(), outcome === "ok" ? 1 : 0, path);
      await tab.context().close();
    }
  } finally {
    await site.close();
    await cors.close();
  }
});

/** The several-article site of tools/same-wasm.mjs, whose seeds include a speaker with accents. */
const SEVERAL = resolve(import.meta.dirname, "../../target/same-wasm/several");

/** An article page of a built site with a card whose id is not ASCII: [site, folder, id]. */
const UNICODE_CARD = [DIST, SEVERAL]
  .filter((site) => existsSync(site))
  .flatMap((site) => readdirSync(site, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => [site, d.name]))
  .map(([site, folder]) => {
    const file = resolve(site, folder, "index.html");
    const html = existsSync(file) ? readFileSync(file, "utf8") : "";
    const id = [...html.matchAll(/<article[^>]* id="(statement-[^"]+)"/g)].map((m) => m[1]).find((i) => /[^\x00-\x7f]/.test(i));
    return id && [site, folder, id];
  })
  .find(Boolean);

test("a #statement- link with a non-ASCII slug opens its card", async () => {
  assert.ok(UNICODE_CARD, "a built article has a speaker with a non-ASCII slug (quotes_accented_names, via make same-wasm)");
  const [site, folder, id] = UNICODE_CARD;
  const server = await serve(site);
  const tab = await openPage(browser);
  try {
    await tab.goto(`${server.url}${folder}/#${id}`);
    await hydrated(tab);
    // The browser percent-encodes the fragment; the app decodes it before matching.
    assert.match(await tab.evaluate(() => location.hash), /%[0-9A-F]{2}/, "location.hash is percent-encoded");
    await tab.waitForFunction((id) => document.getElementById(id)?.classList.contains("opened"), id);
    // The same article's "Ana \u202eMarques": the override is gone where the text entered.
    const names = await tab.locator("article.card h3").allTextContents();
    assert.ok(names.includes("Ana Marques"), `names: ${JSON.stringify(names)}`);
    assert.ok(!(await tab.content()).includes("\u202e"), "no bidi override anywhere in the page");
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context().close();
    await server.close();
  }
});

test("“Copy quote” says what happened: copied, or refused and the quote selected to copy by hand", async () => {
  const status = (tab) => tab.locator("article.card").first().locator(".copied");
  const copy = (tab) => tab.locator("article.card").first().getByRole("button", { name: /^Copy quote/ }).click();
  // Granted: on the clipboard, and it says so.
  const granted = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  try {
    const tab = await granted.newPage();
    await tab.goto(viewer.url);
    await hydrated(tab);
    await copy(tab);
    await tab.waitForFunction(() => document.querySelector("article.card .copied")?.textContent === "Quote copied");
    assert.match(await tab.evaluate(() => navigator.clipboard.readText()), /^“.+” — /);
  } finally {
    await granted.close();
  }
  // Refused (a rejected promise, or no clipboard API at all): the quote is selected instead.
  for (const refuse of [
    () => (navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"))),
    () => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }),
  ]) {
    const tab = await openPage(browser);
    await tab.addInitScript(refuse);
    await tab.goto(viewer.url);
    await hydrated(tab);
    await copy(tab);
    await tab.waitForFunction(() => /selected/.test(document.querySelector("article.card .copied")?.textContent ?? ""));
    assert.doesNotMatch(await status(tab).textContent(), /Quote copied/);
    const quote = await tab.locator("article.card").first().locator(".quote-text").innerText();
    assert.equal((await tab.evaluate(() => getSelection().toString())).trim(), quote.trim());
    assert.deepEqual(tab.problems, []);
    await tab.context().close();
  }
});
