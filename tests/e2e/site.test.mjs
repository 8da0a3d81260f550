// The site file: a site.toml with a custom name, publisher, default article and colour changes the
// masthead, og:site_name, the oEmbed provider, the root page's article and a computed style; a
// malformed one stops the build with a message naming the key. Builds its own small sites with
// trunk (SITE_CONFIG and ARTICLE_SEEDS) into target/site-test/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { serve, launch, openPage, hydrated } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = join(ROOT, "target", "site-test");
const SEEDS = join(OUT, "seeds");
const LIMIT = { timeout: 240_000 };

function build(config, dist, args = []) {
  const file = join(OUT, `${dist}.toml`);
  writeFileSync(file, config);
  const env = {
    ...process.env,
    SITE_CONFIG: file,
    ARTICLE_SEEDS: SEEDS,
    PATH: [join(ROOT, "node_modules", ".bin"), join(homedir(), ".cargo", "bin"), process.env.PATH].join(delimiter),
  };
  return new Promise((done) => {
    let log = "";
    const child = spawn("trunk", ["build", "--release", "--dist", join(OUT, dist), ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("close", (code) => done({ code, log }));
  });
}

let browser;
before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(SEEDS, { recursive: true });
  for (const a of ["ga_cuba_embargo_2019", "uk_commons_division_and_amendment"]) {
    copyFileSync(join(ROOT, "tests", "articles", `${a}.txt`), join(SEEDS, `${a}.txt`));
  }
  browser = await launch();
});
after(() => browser?.close());

test("site.toml names the site, picks the root page's article and brands the colours", LIMIT, async (t) => {
  const { code, log } = await build(
    [
      'name = "The Ledger: votes"',
      'publisher = "The Daily Ledger"',
      'default_article = "uk_commons_division_and_amendment"',
      'footer = "Charts by the data desk."',
      "[colours.light]",
      'accent = "#aa0044"',
    ].join("\n"),
    "custom",
  );
  assert.equal(code, 0, log);
  const dist = join(OUT, "custom");
  const root = readFileSync(join(dist, "index.html"), "utf8");
  assert.match(root, /<h1 id="headline">MPs back welfare bill/, "the root page shows the default article, not the first by name");
  assert.match(root, /<meta property="og:site_name" content="The Ledger: votes">/);
  assert.equal(JSON.parse(readFileSync(join(dist, "oembed.json"), "utf8")).provider_name, "The Ledger: votes");
  const server = await serve(dist);
  t.after(() => server.close());
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  t.after(() => page.context().close());
  await page.goto(`${server.url}ga_cuba_embargo_2019/`);
  await hydrated(page);
  assert.equal((await page.locator(".brand").textContent()).trim(), "The Ledger: votes");
  assert.match(await page.locator("footer").textContent(), /Published by The Daily Ledger\. Charts by the data desk\./);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim()), "#aa0044");
  await page.click("#embed-button");
  const iframe = await page.locator("#embed-panel textarea").first().inputValue();
  assert.match(iframe, /title="The Ledger: votes: UN again condemns US embargo on Cuba/, "the frame names the site and the article");
  const oembed = JSON.parse(readFileSync(join(dist, "ga_cuba_embargo_2019", "oembed.json"), "utf8"));
  assert.match(oembed.html, /data-title="The Ledger: votes: UN again condemns/);
  assert.match(readFileSync(join(dist, "articles", "index.html"), "utf8"), /<title>Articles · The Ledger: votes<\/title>/);
  assert.deepEqual(page.problems, []);
});

test("a malformed site.toml stops the build and names the key", LIMIT, async () => {
  for (const [config, key] of [
    ['colour = "red"', "colour"],
    ['[colours.light]\naccent = "blue"', "colours.light.accent"],
    ['default_article = "nope"', "default_article"],
  ]) {
    const { code, log } = await build(config, "bad");
    assert.notEqual(code, 0, `${config} should fail`);
    assert.ok(log.includes(key), `the message names \`${key}\`: ${log.split("\n").filter((l) => l.includes("prerender")).join(" | ")}`);
  }
});

test("ORIGIN and a public URL make the canonical, og:url, oEmbed discovery link and oEmbed HTML absolute", LIMIT, async () => {
  const { code, log } = await build('origin = "https://news.example"\npublic_url = "/x/"', "origin", ["--public-url", "/x/"]);
  assert.equal(code, 0, log);
  const page = readFileSync(join(OUT, "origin", "ga_cuba_embargo_2019", "index.html"), "utf8");
  assert.match(page, /<link rel="canonical" href="https:\/\/news\.example\/x\/ga_cuba_embargo_2019\/">/);
  assert.match(page, /<meta property="og:url" content="https:\/\/news\.example\/x\/ga_cuba_embargo_2019\/">/);
  assert.match(page, /<link rel="alternate" type="application\/json\+oembed" href="https:\/\/news\.example\/x\/ga_cuba_embargo_2019\/oembed\.json"/);
  assert.match(page, /src="\/x\/boot\.js"/, "assets under the public URL");
  const oembed = JSON.parse(readFileSync(join(OUT, "origin", "ga_cuba_embargo_2019", "oembed.json"), "utf8"));
  assert.match(oembed.html, /data-article-viewer="https:\/\/news\.example\/x\/ga_cuba_embargo_2019\/"/);
  assert.match(oembed.html, /src="https:\/\/news\.example\/x\/embed-[0-9a-f]{8}\.js" integrity="sha384-/);
  // A public_url that Trunk was not given is a clear error, not broken asset links.
  const mismatch = await build('public_url = "/y/"', "mismatch");
  assert.notEqual(mismatch.code, 0);
  assert.ok(mismatch.log.includes("public_url"), mismatch.log.slice(-400));
});
