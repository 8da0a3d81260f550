// Votes for any article: each vote drawn as its body (heading, seats, rule line), a selector
// between an article's votes, a joined General Assembly roll call with its symbol and a country's
// vote, and a Council veto. Runs on the several-article site of tools/same-wasm.mjs
// (target/same-wasm/several), whose seeds are articles of tests/articles/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launch, openPage, hydrated, until } from "./harness.mjs";

const SITE = resolve(import.meta.dirname, "../../target/same-wasm/several");
const LIMIT = { timeout: 60_000 };

let server, browser;
before(async () => {
  assert.ok(existsSync(SITE), `${SITE} is built by tools/same-wasm.mjs (make same-wasm)`);
  server = await serve(SITE);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(t, name, { js = true } = {}) {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
  t.after(() => page.context().close());
  await page.goto(`${server.url}${name}/`);
  if (js) await hydrated(page);
  return page;
}

const text = async (locator) => (await locator.textContent())?.replace(/\s+/g, " ").trim();

test("a Commons division is 650 MPs under the Commons' rule, and its amendment is a second chart", LIMIT, async (t) => {
  const page = await open(t, "uk_commons_division_and_amendment");
  const charts = page.locator("section.panel.assembly");
  assert.equal(await charts.count(), 2, "one chart per vote");
  assert.equal(await text(charts.nth(0).locator("h2")), "UK House of Commons: how MPs voted");
  assert.equal(await text(charts.nth(1).locator("h2")), "UK House of Commons: how MPs voted on the amendment");
  for (const i of [0, 1]) {
    assert.equal(await charts.nth(i).locator("svg.seat-map g.seat").count(), 650, "the Commons' 650 seats");
    const rule = await text(charts.nth(i).locator("p.rule"));
    assert.match(rule, /UK House of Commons/);
    assert.doesNotMatch(rule, /General Assembly/);
  }
  assert.match(await text(charts.nth(0).locator(".majority-line")), /335 in favour .*enough to pass/);
  assert.match(await text(charts.nth(1).locator(".majority-line")), /not enough to pass/, "the amendment fell");
  assert.doesNotMatch(await page.content(), /Voeten|A\/RES\/69\/188/, "no credit for data the page does not use");

  // The selector: a link per vote, main first; following one brings its chart into view.
  const links = page.locator("nav.vote-picker a");
  assert.deepEqual(await links.allTextContents(), ["Vote, 335–260", "Amendment, 149–328"]);
  await links.nth(1).click();
  await page.waitForURL((u) => u.hash === "#vote-2");
  assert.ok(await until(page, () => {
    const r = document.getElementById("vote-2").getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  }), "the amendment's chart is in view");
  assert.deepEqual(page.problems, []);
});

test("a General Assembly vote joins its roll call: symbol, date, credit, and each country's vote", LIMIT, async (t) => {
  const page = await open(t, "ga_cuba_embargo_2019");
  const chart = page.locator("section.panel.assembly").first();
  assert.equal(await text(chart.locator("h2")), "UN General Assembly: how member states voted");
  assert.match(await text(chart.locator("p.record")), /^A\/RES\/74\/7 · 2019-11-07 · /);
  assert.match(await text(chart.locator("p.source")), /Voeten.*A\/RES\/74\/7/);
  assert.equal(await chart.locator("svg.seat-map g.seat").count(), 193);
  await chart.locator('svg.seat-map g.seat[data-iso="BR"]').hover();
  assert.ok(await until(page, () => document.querySelector("svg.seat-map g.tip")?.textContent.trim() === "Brazil: No"));
  const finder = chart.locator("form.finder input");
  await finder.fill("Colombia");
  await finder.press("Enter");
  assert.ok(await until(page, () => document.querySelector("form.finder output")?.textContent.trim() === "Colombia: Abstain"));
  assert.deepEqual(page.problems, []);
});

test("a court ruling is drawn as nine justices, majority and dissent", LIMIT, async (t) => {
  const page = await open(t, "us_supreme_court_agency_ruling");
  const chart = page.locator("section.panel.assembly").first();
  assert.equal(await text(chart.locator("h2")), "US Supreme Court: how the justices ruled");
  assert.equal(await chart.locator("svg.seat-map g.seat").count(), 9);
  const legend = await chart.locator(".legend-item").evaluateAll((items) =>
    items.map((b) => [b.querySelector(".legend-label").textContent, b.querySelector(".legend-count").textContent]),
  );
  assert.deepEqual(legend, [["Majority", "6"], ["Dissent", "3"]]);
  assert.match(await text(chart.locator("p.rule")), /majority of the justices/);
});

test("a vetoed Council text: 15 seats, the veto named, no 'pushed for'; and it reads with JavaScript off", LIMIT, async (t) => {
  for (const js of [true, false]) {
    const page = await open(t, "sc_us_veto_ceasefire", { js });
    const council = page.locator("section.council");
    assert.equal(await text(council.locator("h2")), "UN Security Council: how members voted");
    assert.equal(await council.locator("svg.council-map g.seat").count(), 15);
    const lines = (await council.locator("ul.council-summary li").allTextContents()).map((s) => s.trim());
    assert.deepEqual(lines, ["14 in favour: not named in the article", "1 against: United States (permanent member, veto)"]);
    assert.doesNotMatch(await council.textContent(), /Pushed for/);
    assert.match(await text(council.locator("p.rule")), /veto/);
  }
});
