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

function build(config, dist) {
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
    const child = spawn("trunk", ["build", "--release", "--dist", join(OUT, dist)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
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
  assert.match(iframe, /title="Article viewer: UN again condemns US embargo on Cuba/, "the frame names the article");
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
