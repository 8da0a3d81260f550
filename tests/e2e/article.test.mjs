// A reader opens the page: the article is there, readable, and the console is clean.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launch, openPage, hydrated } from "./harness.mjs";

const SEED = readFileSync(resolve(import.meta.dirname, "../../seeds/000_fa9ca6f986d2676d.txt"), "utf8");
const lines = SEED.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const HEADLINE = lines[0];

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the headline and every paragraph of the article are visible, with a clean console", async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await hydrated(page);

  const h1 = page.locator("h1");
  assert.equal(await h1.count(), 1);
  assert.equal((await h1.innerText()).trim(), HEADLINE);
  assert.ok(await h1.isVisible());

  // Every body line of the seed (not the headline, subheading or promo line) is a visible paragraph.
  const body = lines.slice(1).filter((l) => !/^[-–—]\s.*\s[-–—]$/.test(l) && !/^Join ST's Telegram/.test(l));
  const paragraphs = page.locator("article.story p:not(.dateline)");
  const texts = (await paragraphs.allInnerTexts()).map((t) => t.trim());
  assert.equal(texts.length, body.length, "one paragraph per body line of the seed");
  for (let i = 0; i < body.length; i++) {
    const expected = i === 0 ? body[0].replace(/^.*?\(AFP\)\s+-\s+/, "") : body[i];
    assert.equal(texts[i], expected, `paragraph ${i + 1}`);
    assert.ok(await paragraphs.nth(i).isVisible(), `paragraph ${i + 1} is visible`);
  }

  assert.match(await page.locator(".dateline").textContent(), /UNITED NATIONS, United States \(AFP\)/);
  assert.equal((await page.locator("article.story h2").innerText()).trim(), "Calls for ICC referral");
  assert.doesNotMatch(await page.locator("body").innerText(), /Join ST's Telegram channel/);
  assert.deepEqual(page.problems, []);
});
