// The statement cards: their order, the links between a card and its quote in the article, the
// country a card lights in the charts, filter and search kept in the URL, deep links, and sharing
// (the clipboard and PNG downloads).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launch, openPage, hydrated, until, focused, scrolledIntoView, SETTLE } from "./harness.mjs";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const SPEAKERS = ["Samantha Power", "Qin Gang", "Kim Song", "Param-Preet Singh"];
const LIMIT = { timeout: 60_000 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let server, browser;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(t, { path = "", context = {} } = {}) {
  const page = await openPage(browser, { ...DESKTOP, ...context });
  t.after(() => page.context().close());
  await page.goto(server.url + path);
  await hydrated(page);
  return page;
}



async function waitFocus(page, id, message) {
  await until(page, (want) => document.activeElement?.id === want, id);
  assert.equal(
    await page.evaluate(() => document.activeElement?.id ?? ""),
    id,
    `${message ?? "focus"}: expected #${id}, focus is on ${await focused(page)}`,
  );
}

/** The speakers of the cards shown, in order. */
const speakers = (page) => page.$$eval("section.cards article.card h3", (hs) => hs.map((h) => h.textContent.trim()));

async function waitSpeakers(page, expected) {
  await until(page, (want) => JSON.stringify([...document.querySelectorAll("section.cards article.card h3")].map((h) => h.textContent.trim())) === want, JSON.stringify(expected));
  assert.deepEqual(await speakers(page), expected);
}

/** The card of a speaker, by its heading. */
const cardOf = (page, speaker) => page.locator("section.cards article.card", { has: page.locator("h3", { hasText: speaker }) });

/** Statement ids as the DOM has them: speaker → card id (without the "statement-" prefix). */
async function cardIds(page) {
  return Object.fromEntries(
    await page.$$eval("section.cards article.card", (cards) =>
      cards.map((c) => [c.querySelector("h3").textContent.trim(), c.id.replace(/^statement-/, "")]),
    ),
  );
}

test("four statement cards, in the article's order", LIMIT, async (t) => {
  const page = await open(t);
  assert.deepEqual(await speakers(page), SPEAKERS);
  assert.equal((await page.locator("section.cards p.count").textContent()).trim(), "4 of 4 speakers");
  const ids = await cardIds(page);
  for (const speaker of SPEAKERS) {
    const card = cardOf(page, speaker);
    assert.equal(await card.count(), 1, `one card for ${speaker}`);
    assert.ok(await card.isVisible(), `${speaker}'s card is visible`);
    assert.match(ids[speaker], /^[a-z0-9-]+$/, `${speaker}'s card has a slug id`);
  }
  assert.deepEqual(page.problems, []);
});

test("“In context” highlights and focuses the quote in the article; “Back to the card” returns", LIMIT, async (t) => {
  const page = await open(t);
  const ids = await cardIds(page);
  for (const speaker of ["Qin Gang", "Qin Gang", "Samantha Power"]) {
    const id = ids[speaker];
    const card = cardOf(page, speaker);
    await card.locator("button", { hasText: "In context" }).click();

    // The card's first quoted span in the article: q-<statement id>.
    const span = page.locator(`article.story a.quote#q-${id}`);
    await until(page, (sel) => document.querySelector(sel)?.classList.contains("in-context"), `#q-${id}`);
    assert.match((await span.getAttribute("class")) ?? "", /\bin-context\b/, `${speaker}: the quote is highlighted`);
    assert.equal(await page.locator("article.story a.quote.in-context").count(), 1, "a single highlighted quote");
    await waitFocus(page, `q-${id}`, `${speaker}: the highlighted quote has the focus`);
    assert.ok(await span.isVisible());
    const inView = await scrolledIntoView(span);
    assert.ok(inView, `${speaker}: the quote is scrolled into view`);

    const back = page.locator("article.story a.back");
    assert.equal(await back.count(), 1, `${speaker}: a “Back to the card” link appears`);
    assert.match(await back.textContent(), /Back to the card/);
    assert.equal(await back.getAttribute("href"), `#statement-${id}`);
    // The link sits with the highlighted quote.
    assert.equal(await back.evaluate((a) => a.closest("p").contains(document.querySelector("a.quote.in-context"))), true);

    // Keyboard: the link follows the quote in the tab order; Enter activates it.
    await page.keyboard.press("Tab");
    await until(page, () => document.activeElement?.matches("article.story a.back"));
    assert.ok(
      await back.evaluate((a) => document.activeElement === a),
      `${speaker}: Tab from the quote reaches the back link (focus is on ${await focused(page)})`,
    );
    await page.keyboard.press("Enter");
    await waitFocus(page, `statement-${id}`, `${speaker}: the back link returns to the card`);
    await until(page, () => !document.querySelector("article.story a.back") && !document.querySelector("a.quote.in-context"));
    assert.equal(await back.count(), 0, `${speaker}: the back link goes once used`);
    assert.equal(await page.locator("article.story a.quote.in-context").count(), 0, `${speaker}: the highlight goes`);
    assert.equal(new URL(page.url()).hash, `#statement-${id}`);
  }
  assert.deepEqual(page.problems, []);
});

test("clicking a quoted span in the article opens its card", LIMIT, async (t) => {
  const page = await open(t);
  const ids = await cardIds(page);
  for (const speaker of ["Kim Song", "Param-Preet Singh"]) {
    const id = ids[speaker];
    // The second span of the statement belongs to the same card.
    const span = page.locator(`article.story a.quote[href="#statement-${id}"]`).last();
    await span.click();
    await page.waitForURL((u) => u.hash === `#statement-${id}`, { timeout: SETTLE });
    await until(page, (sel) => document.querySelector(sel)?.classList.contains("opened"), `#statement-${id}`);
    const card = page.locator(`section.cards article#statement-${id}`);
    assert.match((await card.getAttribute("class")) ?? "", /\bopened\b/, `${speaker}'s card is opened`);
    assert.equal(await page.locator("section.cards article.card.opened").count(), 1, "only one card is opened");
    await waitFocus(page, `statement-${id}`, `${speaker}'s card has the focus`);
    const inView = await scrolledIntoView(card);
    assert.ok(inView, `${speaker}'s card is scrolled into view`);
  }
  assert.deepEqual(page.problems, []);
});

test("hovering a card lights the speaker's state in the chart and the Council list", LIMIT, async (t) => {
  const page = await open(t);
  const seat = page.locator('svg.seat-map g.seat[data-iso="CN"]');
  const member = page.locator('section.council ol.council-list li[data-iso="CN"]');
  assert.equal(await seat.count(), 1, "China has a seat");
  assert.equal(await member.count(), 1, "China is in the Council list");

  await cardOf(page, "Qin Gang").hover();
  await until(page, () => document.querySelector('svg.seat-map g.seat[data-iso="CN"]')?.classList.contains("lit"));
  assert.match((await seat.getAttribute("class")) ?? "", /\blit\b/, "China's seat is lit");
  assert.deepEqual(
    await page.$$eval("svg.seat-map g.seat.lit", (gs) => gs.map((g) => g.getAttribute("data-iso"))),
    ["CN"],
    "only China's seat is lit",
  );
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 1);
  assert.match((await member.getAttribute("class")) ?? "", /\blit\b/, "China is lit in the Council list");
  assert.equal(await page.locator("section.council svg.council-map g.seat.lit").count(), 1, "and in the Council seats");
  assert.equal(await page.locator("section.council ol.council-list li.lit").count(), 1);

  // Another card, another state: Samantha Power → the United States.
  await cardOf(page, "Samantha Power").hover();
  await until(page, () => document.querySelector('svg.seat-map g.seat[data-iso="US"]')?.classList.contains("lit"));
  assert.deepEqual(await page.$$eval("svg.seat-map g.seat.lit", (gs) => gs.map((g) => g.getAttribute("data-iso"))), ["US"]);
  assert.doesNotMatch((await member.getAttribute("class")) ?? "", /\blit\b/);

  // A speaker with no state lights nothing; leaving the cards clears the light.
  await cardOf(page, "Param-Preet Singh").hover();
  await until(page, () => document.querySelectorAll("svg.seat-map g.seat.lit").length === 0);
  assert.equal(await page.locator("svg.seat-map g.seat.lit").count(), 0);
  await page.mouse.move(1, 1);
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 0);
  assert.equal(await page.locator("section.council .lit").count(), 0);
  assert.deepEqual(page.problems, []);
});

test("filter and search narrow the cards, are kept in the URL and restored on reload", LIMIT, async (t) => {
  const page = await open(t);
  const tools = page.locator("section.cards .card-tools");
  const button = (label) => tools.getByRole("button", { name: label, exact: true });
  const search = tools.getByRole("searchbox", { name: "Search quotes and speakers" });

  await button("Voted no").click();
  await page.waitForURL((u) => u.searchParams.get("filter") === "no", { timeout: SETTLE });
  await waitSpeakers(page, ["Qin Gang", "Kim Song"]);
  assert.equal(await button("Voted no").getAttribute("aria-pressed"), "true");
  assert.equal((await page.locator("section.cards p.count").textContent()).trim(), "2 of 4 speakers");

  await page.reload();
  await hydrated(page);
  await waitSpeakers(page, ["Qin Gang", "Kim Song"]);
  assert.equal(new URL(page.url()).searchParams.get("filter"), "no", "the filter survives a reload");
  assert.equal(await button("Voted no").getAttribute("aria-pressed"), "true");

  await button("All").click();
  await page.waitForURL((u) => !u.searchParams.has("filter"), { timeout: SETTLE });
  await waitSpeakers(page, SPEAKERS);

  await search.click();
  await search.pressSequentially("game-changer");
  await page.waitForURL((u) => u.searchParams.get("q") === "game-changer", { timeout: SETTLE });
  await waitSpeakers(page, ["Param-Preet Singh"]);
  assert.equal((await page.locator("section.cards p.count").textContent()).trim(), "1 of 4 speakers");

  await page.reload();
  await hydrated(page);
  await waitSpeakers(page, ["Param-Preet Singh"]);
  assert.equal(new URL(page.url()).searchParams.get("q"), "game-changer", "the search survives a reload");
  assert.equal(await search.inputValue(), "game-changer", "the search box shows the restored text");

  await search.fill("");
  await page.waitForURL((u) => !u.searchParams.has("q"), { timeout: SETTLE });
  await waitSpeakers(page, SPEAKERS);
  assert.equal(new URL(page.url()).search, "", "nothing left in the query");

  // Both at once, from a shared link.
  await page.goto(`${server.url}?filter=not-state&q=game-changer`);
  await hydrated(page);
  await waitSpeakers(page, ["Param-Preet Singh"]);
  assert.equal(await button("Not a state").getAttribute("aria-pressed"), "true");
  assert.equal(await search.inputValue(), "game-changer");
  await page.goto(`${server.url}?filter=no&q=game-changer`);
  await hydrated(page);
  await waitSpeakers(page, []);
  assert.equal((await page.locator("section.cards p.count").textContent()).trim(), "0 of 4 speakers");
  assert.deepEqual(page.problems, []);
});

test("a deep link to a statement focuses and highlights its card", LIMIT, async (t) => {
  const probe = await open(t);
  const id = (await cardIds(probe))["Qin Gang"];
  assert.equal(id, "qin-gang");

  const page = await open(t, { path: `#statement-${id}` });
  await until(page, (sel) => document.querySelector(sel)?.classList.contains("opened"), `#statement-${id}`);
  const card = page.locator(`article#statement-${id}`);
  assert.match((await card.getAttribute("class")) ?? "", /\bopened\b/, "the card is highlighted");
  assert.equal(await page.locator("section.cards article.card.opened").count(), 1);
  await waitFocus(page, `statement-${id}`, "the linked card has the focus");
  const inView = await scrolledIntoView(card);
  assert.ok(inView, "the linked card is scrolled into view");

  // A link to a statement's second quote opens the same card.
  const second = await open(t, { path: "#statement-kim-song-2" });
  await until(second, () => document.querySelector("#statement-kim-song")?.classList.contains("opened"));
  assert.match((await second.locator("#statement-kim-song").getAttribute("class")) ?? "", /\bopened\b/);
  await waitFocus(second, "statement-kim-song");

  // An unknown statement opens nothing and breaks nothing.
  const unknown = await open(t, { path: "#statement-nobody" });
  assert.equal(await unknown.locator("article.card.opened").count(), 0);
  assert.deepEqual(await speakers(unknown), SPEAKERS);

  for (const p of [probe, page, second, unknown]) assert.deepEqual(p.problems, []);
});

test("“Copy quote” puts the quote with its attribution on the clipboard", LIMIT, async (t) => {
  const page = await open(t, { context: { permissions: ["clipboard-read", "clipboard-write"] } });
  const headline = (await page.locator("h1").textContent()).trim();
  const card = cardOf(page, "Samantha Power");
  // The card's quote is its statements' text in the article, joined, in typographic quotes.
  const spans = await page
    .locator('article.story a.quote[href="#statement-samantha-power"]')
    .evaluateAll((as) => as.map((a) => a.textContent.trim()));
  assert.equal(spans.length, 2, "Samantha Power is quoted twice in the article");
  const quote = `“${spans.join(" ")}”`;
  const shown = await card.locator("blockquote").textContent();
  for (const span of spans) assert.ok(shown.includes(span), `the card shows “${span}”`);

  await page.evaluate(() => navigator.clipboard.writeText(""));
  await card.locator("button", { hasText: "Copy quote" }).click();
  await until(page, async () => (await navigator.clipboard.readText()) !== "");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(quote), `the quote in typographic quotes: ${copied}`);
  assert.ok(copied.includes("Samantha Power"), `the speaker: ${copied}`);
  assert.ok(copied.includes("Ambassador"), `the role: ${copied}`);
  assert.ok(copied.includes(headline), `the headline: ${copied}`);
  assert.ok(copied.indexOf(quote) < copied.indexOf("Samantha Power"), "quote first, then the attribution");
  assert.doesNotMatch(copied, /"/, "no straight quotes");
  assert.deepEqual(page.problems, []);
});

/** Width and height from a PNG's IHDR chunk (which must come first). */
function pngSize(bytes) {
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), "the file starts with the PNG signature");
  assert.equal(bytes.toString("ascii", 12, 16), "IHDR", "the first chunk is IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("“Download card” and “16:9” save PNG images of the card", LIMIT, async (t) => {
  const page = await open(t, { context: { acceptDownloads: true } });
  const card = cardOf(page, "Samantha Power");
  const expectedName = "quote-the-human-rights-violations-in.png";

  for (const [label, shape, size] of [
    ["Download card", "square", [1080, 1080]],
    ["16:9", "wide", [1600, 900]],
  ]) {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: SETTLE }),
      card.locator(".card-actions button", { hasText: label }).click(),
    ]);
    assert.equal(download.suggestedFilename(), expectedName, `${label}: the file name`);
    const file = resolve(ARTIFACTS, `card-${shape}-${expectedName}`);
    await download.saveAs(file);
    assert.equal(await download.failure(), null, `${label}: the download completed`);
    const bytes = readFileSync(file);
    assert.ok(bytes.length > 1000, `${label}: a real image (${bytes.length} bytes)`);
    assert.deepEqual(pngSize(bytes), size, `${label}: ${size.join("×")} pixels`);
  }
  assert.deepEqual(page.problems, []);
});

test("flags are the page's own SVGs, not emoji; a speaker without a state gets initials", LIMIT, async (t) => {
  const page = await open(t);
  const badges = await page.locator("article.card .badge").evaluateAll((bs) =>
    bs.map((b) => {
      const use = b.querySelector("svg.flag use");
      const href = use?.getAttribute("href") ?? null;
      const symbol = href ? document.querySelector(`svg.flag-sprite symbol${href}`) : null;
      return { href, drawn: Boolean(symbol?.children.length), text: b.textContent.trim() };
    }),
  );
  assert.deepEqual(
    badges.map((b) => b.href ?? b.text),
    ["#flag-us", "#flag-cn", "#flag-kp", "PS"],
  );
  assert.ok(badges.slice(0, 3).every((b) => b.drawn && b.text === ""), "each flag is a symbol the page carries, with no emoji text");
  assert.match(await page.locator("footer").textContent(), /flag-icons .*MIT/);
  assert.deepEqual(page.problems, []);
});
