// Islands below the fold hydrate when the reader nears or touches them, not with the first load:
// on a phone the lead's embed button is live at once, the charts and cards two screens down wait.
// Each trigger is tested: scrolling near, a hover, the focus, a click with no pointer before it,
// and a change of the shared state made by another island. Late islands show the reader's state.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, hydrated, until } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE = { viewport: { width: 412, height: 823 }, hasTouch: true };
const live = (page, name) => page.evaluate((n) => document.querySelector(`[data-island="${n}"]`).hasAttribute("data-live"), name);
const becomesLive = (page, name) => until(page, (n) => document.querySelector(`[data-island="${n}"]`)?.hasAttribute("data-live"), name);

async function phone(t) {
  const page = await openPage(browser, PHONE);
  t.after(() => page.close());
  await page.goto(server.url);
  await hydrated(page);
  return page;
}

test("on a phone only the island on screen hydrates with the load; the others wait, as prerendered", async (t) => {
  const page = await phone(t);
  assert.equal(await live(page, "embed"), true, "the embed button in the header is live");
  assert.equal(await live(page, "figures"), false, "the charts below the fold wait");
  assert.equal(await live(page, "cards"), false, "the cards below the fold wait");
  // Waiting is not missing: the prerendered chart and cards are all there.
  assert.ok((await page.locator("svg.seat-map g.seat").count()) > 100);
  assert.equal(await page.locator("section.cards article.card").count(), 4);
  assert.deepEqual(page.problems, []);
});

test("scrolling near a waiting island hydrates it", async (t) => {
  const page = await phone(t);
  await page.evaluate(() => document.querySelector("svg.seat-map").scrollIntoView({ block: "start" }));
  assert.ok(await becomesLive(page, "figures"), "the charts hydrate as they come near");
  // Its controls work: the Grid toggle changes the chart and the URL.
  const grid = page.locator("button.toggle", { hasText: "Grid" }).first();
  await grid.click();
  assert.ok(await until(page, () => /[?&]chart=waffle\b/.test(location.search)));
  assert.equal(await grid.getAttribute("aria-pressed"), "true");
  assert.deepEqual(page.problems, []);
});

test("a click on a waiting island's button, with no pointer before it, is not lost", async (t) => {
  const page = await phone(t);
  const button = page.locator("section.cards .card-tools").getByRole("button", { name: "Voted no", exact: true });
  // A script's or assistive technology's click: no pointer or focus events before it.
  await button.evaluate((b) => b.click());
  assert.ok(await becomesLive(page, "cards"));
  assert.ok(await until(page, () => /filter=no/.test(location.search)), "the filter took effect");
  assert.deepEqual(page.problems, []);
});

test("the focus moving into a waiting island wakes it, and a card's focus lights its seat in the other", async (t) => {
  const page = await phone(t);
  const card = page.locator("section.cards article.card", { has: page.locator("h3", { hasText: "Qin Gang" }) });
  await card.focus();
  assert.ok(await becomesLive(page, "cards"), "the focus woke the cards");
  // The chart, still waiting, wakes for the light it must show.
  assert.ok(await becomesLive(page, "figures"), "the lit seat woke the charts");
  assert.ok(await until(page, () => document.querySelector('svg.seat-map g.seat[data-iso="CN"]')?.classList.contains("lit")));
  assert.deepEqual(page.problems, []);
});

test("an island that hydrates after the reader changed the view shows that view", async (t) => {
  const page = await openPage(browser, PHONE);
  t.after(() => page.close());
  await page.goto(`${server.url}?filter=no`);
  await hydrated(page);
  // The URL's filter is a change the cards show: they hydrate for it, then show only "no" cards.
  assert.ok(await becomesLive(page, "cards"));
  assert.ok(await until(page, () => document.querySelectorAll("section.cards article.card").length === 2));
  assert.deepEqual(page.problems, []);
});
