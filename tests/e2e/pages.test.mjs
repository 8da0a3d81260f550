// A page per article: every seed's page reads with JavaScript off (headline, paragraphs, speakers)
// and has its own title, description, canonical link, Open Graph tags and oEmbed response; the
// article index lists every article and its links work; `?article=NAME` on the root page reaches
// that article's page; all of it under a sub-path too.
//
// Sites: dist/ (seeds/), and when built, the several-article site of tools/same-wasm.mjs
// (target/same-wasm/several) and dist-sub/ (--public-url /sub/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launch, openPage, hydrated, DIST } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const SEVERAL = resolve(ROOT, "target/same-wasm/several");
const SEVERAL_SEEDS = resolve(ROOT, "target/same-wasm/seeds-several");
const SUB = resolve(ROOT, "dist-sub");

/** The seeds a site was built from: name and the headline, its first non-empty line. */
function seedsOf(dir) {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt") && !n.startsWith("."))
    .sort()
    .map((file) => {
      const text = readFileSync(resolve(dir, file), "utf8");
      return { name: file.slice(0, -4), headline: text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? "" };
    });
}

/** The model a built page carries (read from the file, as a crawler would). */
function modelOf(dist, name) {
  const html = readFileSync(resolve(dist, name, "index.html"), "utf8");
  const json = html.match(/<script type="application\/json" id="viewer-story">([^<]*)<\/script>/)?.[1];
  assert.ok(json, `${name}/index.html carries its model`);
  return JSON.parse(json);
}

const SITES = [
  { label: "dist", dist: DIST, seeds: seedsOf(resolve(ROOT, process.env.ARTICLE_SEEDS ?? "seeds")), prefix: "/" },
  ...(existsSync(SEVERAL) && existsSync(SEVERAL_SEEDS) ? [{ label: "several articles", dist: SEVERAL, seeds: seedsOf(SEVERAL_SEEDS), prefix: "/" }] : []),
];

let browser;
const servers = new Map();
before(async () => {
  browser = await launch();
  for (const site of SITES) servers.set(site.label, await serve(site.dist));
});
after(async () => {
  await browser?.close();
  for (const s of servers.values()) await s.close();
});

const head = (page) =>
  page.evaluate(() => ({
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.content,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    ogTitle: document.querySelector('meta[property="og:title"]')?.content,
    ogDescription: document.querySelector('meta[property="og:description"]')?.content,
    ogType: document.querySelector('meta[property="og:type"]')?.content,
    ogUrl: document.querySelector('meta[property="og:url"]')?.content ?? null,
    oembed: document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute("href"),
    index: document.querySelector("nav.site-nav a")?.getAttribute("href"),
  }));

for (const site of SITES) {
  test(`${site.label}: every article's page reads with JavaScript off and describes itself`, async () => {
    assert.ok(site.seeds.length > 0, "the site has articles");
    const server = servers.get(site.label);
    const page = await openPage(browser, { javaScriptEnabled: false });
    const seen = new Set();
    for (const { name, headline } of site.seeds) {
      const model = modelOf(site.dist, name);
      const response = await page.goto(`${server.url}${name}/`);
      assert.equal(response.status(), 200, name);
      assert.equal((await page.locator("h1").innerText()).trim(), headline, `${name}: the headline`);
      // The prose is in the page (the model it carries leaves it out): paragraphs p1…pN in order,
      // and every quote the model holds is in its paragraph.
      const ids = await page.locator("article.story p:not(.dateline)").evaluateAll((ps) => ps.map((p) => p.id));
      assert.ok(ids.length > 0, `${name} has paragraphs`);
      assert.deepEqual(ids, ids.map((_, i) => `p${i + 1}`), `${name}: the paragraphs in order`);
      assert.equal(model.article.paragraphs.length, 0, `${name}: the page's model does not repeat the prose`);
      for (const s of model.article.statements) {
        const text = (await page.locator(`#${s.paragraph}`).innerText()).replace(/\s+/g, " ");
        assert.ok(text.includes(s.text.replace(/\s+/g, " ").trim()), `${name}: “${s.text}” in ${s.paragraph}`);
      }
      // Every quoted speaker has a statement card.
      const speakers = [...new Set(model.article.statements.map((s) => s.speaker))];
      for (const speaker of speakers) assert.ok(await page.locator("article.card h3", { hasText: speaker }).first().isVisible(), `${name}: ${speaker}`);
      // Its own head.
      const h = await head(page);
      assert.equal(h.title, headline, `${name}: <title>`);
      assert.equal(h.ogTitle, headline);
      assert.equal(h.ogType, "article");
      const first = (await page.locator("#p1").innerText()).replace(/\s+/g, " ").trim();
      assert.ok(h.description && first.startsWith(h.description.replace(/…$/, "")), `${name}: the description opens the first paragraph`);
      assert.equal(h.ogDescription, h.description);
      assert.equal(h.canonical, `${site.prefix}${name}/`);
      assert.equal(h.ogUrl, null, "no og:url without VIEWER_ORIGIN");
      assert.equal(h.index, `${site.prefix}articles/`);
      assert.ok(!seen.has(h.description) || site.seeds.length === 1, `${name}: a description of its own`);
      seen.add(h.description);
      // Its own oEmbed response.
      assert.equal(h.oembed, `${site.prefix}${name}/oembed.json`);
      const oembed = await (await fetch(new URL(h.oembed, server.origin))).json();
      assert.equal(oembed.type, "rich");
      assert.equal(oembed.title, headline);
      assert.match(oembed.html, new RegExp(`data-article-viewer="${site.prefix}${name}/"`));
      assert.equal(await page.locator("html[data-hydrated]").count(), 0, "nothing ran");
    }
    await page.context().close();
  });

  test(`${site.label}: the article index lists every article, and its links lead to them (JavaScript off)`, async () => {
    const server = servers.get(site.label);
    const page = await openPage(browser, { javaScriptEnabled: false });
    // From the root page's navigation bar.
    await page.goto(server.url);
    await page.locator("nav.site-nav a", { hasText: "All articles" }).click();
    await page.waitForURL(`${server.url}articles/`);
    assert.equal((await page.locator("h1").innerText()).trim(), "Articles");
    const entries = page.locator("li.article-entry");
    assert.equal(await entries.count(), site.seeds.length);
    for (let i = 0; i < site.seeds.length; i++) {
      const { name, headline } = site.seeds[i];
      const model = modelOf(site.dist, name);
      const entry = entries.nth(i);
      assert.equal((await entry.locator("h2 a").innerText()).trim(), headline || `Untitled (${name})`);
      if (model.article.dateline) assert.equal((await entry.locator(".dateline").textContent()).trim(), model.article.dateline.text);
      const summary = (await entry.locator(".vote-summary").innerText()).trim();
      // The page's model carries each vote as its division's tally (not the article's list).
      const tallies = model.divisions.map((d) => d.tally);
      const counted = tallies.filter((v) => v.yes != null && v.no != null && v.abstain != null);
      for (const v of counted) assert.ok(summary.includes(`${v.yes}–${v.no}–${v.abstain}`), `${name}: ${summary}`);
      if (!tallies.some((v) => v.yes != null)) assert.equal(summary, "No vote reported");
    }
    // Each link leads to its article.
    for (const { name, headline } of site.seeds) {
      await page.goto(`${server.url}articles/`);
      await entries.filter({ has: page.locator(`a[href="${site.prefix}${name}/"]`) }).locator("h2 a").click();
      await page.waitForURL(`${server.url}${name}/`);
      assert.equal((await page.locator("h1").innerText()).trim(), headline);
    }
    await page.context().close();
  });

  test(`${site.label}: the root page shows the first article and sends ?article=NAME to that article's page`, async () => {
    const server = servers.get(site.label);
    const first = site.seeds[0];
    const last = site.seeds.at(-1);
    const page = await openPage(browser);
    await page.goto(server.url);
    assert.equal((await page.locator("h1").innerText()).trim(), first.headline);
    assert.equal((await head(page)).canonical, `${site.prefix}${first.name}/`);
    // Another article, with other flags and a fragment kept.
    await page.goto(`${server.url}?article=${encodeURIComponent(last.name)}&view=article#top`);
    await page.waitForURL(`${server.url}${last.name}/?view=article#top`);
    await hydrated(page);
    assert.equal((await page.locator("h1").innerText()).trim(), last.headline);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.view), "article");
    // An unknown name stays on the root page and its article.
    await page.goto(`${server.url}?article=no-such-article`);
    await hydrated(page);
    assert.equal(new URL(page.url()).pathname, site.prefix);
    assert.equal((await page.locator("h1").innerText()).trim(), first.headline);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("under --public-url /sub/: article pages, the index and its links work", { skip: !existsSync(SUB) && "dist-sub not built" }, async () => {
  const sub = await serve(SUB, { prefix: "/sub/" });
  try {
    const first = SITES[0].seeds[0];
    const page = await openPage(browser);
    const failed = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${sub.origin}/sub/${first.name}/`);
    await hydrated(page);
    assert.equal((await page.locator("h1").innerText()).trim(), first.headline);
    assert.equal((await head(page)).canonical, `/sub/${first.name}/`);
    await page.locator("nav.site-nav a").click();
    await page.waitForURL(`${sub.origin}/sub/articles/`);
    await page.locator("li.article-entry h2 a").first().click();
    await page.waitForURL(`${sub.origin}/sub/${first.name}/`);
    await hydrated(page);
    assert.deepEqual(failed, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await sub.close();
  }
});
