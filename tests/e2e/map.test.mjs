// The world map of a General Assembly vote, "Save chart" and print, used the way a reader uses
// them: the Map toggle and `chart=map`, hover and keyboard, the legend, the country finder and
// the cards lighting a country, a map file that fails, the exports' files, and axe in both themes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { serve, launch, openPage, hydrated, until, SETTLE } from "./harness.mjs";

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const LIMIT = { timeout: 90_000 };
const HEADING = "UN General Assembly: how member states voted";

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(t, { path = "", context = DESKTOP, route } = {}) {
  const page = await openPage(browser, { acceptDownloads: true, ...context });
  t.after(() => page.context().close());
  page.requested = [];
  page.on("request", (r) => page.requested.push(new URL(r.url()).pathname));
  if (route) await page.route(...route);
  await page.goto(server.url + path);
  await hydrated(page);
  return page;
}

/** The map, once its shapes have been fetched and drawn. */
async function mapShown(page) {
  await page.waitForSelector("#vote-1 svg.world-map", { timeout: SETTLE });
}

/** The codes of the members lit on the map (outline or marker), sorted. */
function litCountries(page) {
  return page.$$eval("#vote-1 svg.world-map [data-i].lit", (els) =>
    [...new Set(els.map((e) => e.getAttribute("data-iso") ?? e.closest("[data-iso]")?.getAttribute("data-iso")))].filter(Boolean).sort(),
  );
}

test("the map is fetched only when asked for; the Map toggle shows it and keeps chart=map in the URL", LIMIT, async (t) => {
  const page = await open(t);
  assert.ok(!page.requested.some((p) => p.endsWith("-map.svg")), "the first view does not fetch the map");
  const toggle = page.locator("#vote-1 .toolbar").getByRole("button", { name: "Map" });
  assert.equal(await toggle.getAttribute("href"), "vote-1-map.svg", "without JavaScript it is a link to the map file");
  await toggle.click();
  await mapShown(page);
  await page.waitForURL((u) => u.searchParams.get("chart") === "map", { timeout: SETTLE });
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.equal(page.requested.filter((p) => p.endsWith("/vote-1-map.svg")).length, 1, "fetched once");
  assert.equal(await page.locator("#vote-1 svg.seat-map").count(), 0, "the map replaces the seats");
  // Every one of the 193 members is drawn or marked, and can be focused.
  assert.equal(await page.locator("#vote-1 svg.world-map [data-i][tabindex]").count(), 193);
  await page.locator("#vote-1 .toolbar").getByRole("button", { name: "Seats" }).click();
  await page.waitForSelector("#vote-1 svg.seat-map");
  assert.deepEqual(page.problems, []);
});

test("chart=map shows the map; hovering Gambia says “Gambia: No”, in the tooltip and the readout", LIMIT, async (t) => {
  const page = await open(t, { path: "?chart=map" });
  await mapShown(page);
  await page.locator('#vote-1 svg.world-map path[data-iso="GM"]').hover({ force: true });
  await until(page, () => document.querySelector("#vote-1 svg.world-map .tip text")?.textContent === "Gambia: No");
  assert.equal(await page.locator("#vote-1 svg.world-map .tip text").textContent(), "Gambia: No");
  assert.equal((await page.locator("#vote-1 p.readout").textContent()).trim(), "Gambia: No");
  // The tooltip carries the country's flag, a file of the site's, beside its name.
  const flag = await page.locator("#vote-1 svg.world-map .tip image.tip-flag").getAttribute("href");
  assert.equal(flag, "/flags/gm.svg");
  const file = await fetch(server.url + flag.slice(1));
  assert.equal(file.status, 200);
  assert.match(await file.text(), /^<svg[^>]*viewBox="0 0 640 480"/);
  // A small state is hovered by its marker.
  await page.locator('#vote-1 svg.world-map g.marker[data-iso="AD"]').hover({ force: true });
  await until(page, () => document.querySelector("#vote-1 p.readout")?.textContent.trim() === "Andorra: Yes");
  assert.equal((await page.locator("#vote-1 p.readout").textContent()).trim(), "Andorra: Yes");
  assert.deepEqual(page.problems, []);
});

test("the map's keyboard traversal reaches every member, west to east, and Escape leaves", LIMIT, async (t) => {
  const page = await open(t, { path: "?chart=map" });
  await mapShown(page);
  const first = page.locator("#vote-1 svg.world-map [data-i][tabindex='0']");
  assert.equal(await first.count(), 1, "one member is in the tab order");
  await first.focus();
  const seen = new Set();
  let last = "";
  for (let i = 0; i < 200; i++) {
    const iso = await page.evaluate(() => document.activeElement?.getAttribute("data-iso"));
    seen.add(iso);
    if (iso === last) break;
    last = iso;
    await page.keyboard.press("ArrowRight");
  }
  assert.equal(seen.size, 193, `reached ${seen.size} members`);
  const readout = (await page.locator("#vote-1 p.readout").textContent()).trim();
  assert.match(readout, /^[A-Z].*: (Yes|No|Abstain|Did not vote)$/, "the readout names the focused member");
  await page.keyboard.press("Home");
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "vote-1-title");
  assert.deepEqual(page.problems, []);
});

test("on the map, the legend, the country finder and a card each light their countries", LIMIT, async (t) => {
  const page = await open(t, { path: "?chart=map" });
  await mapShown(page);
  await page.hover("#vote-1-legend-no");
  await until(page, () => document.querySelectorAll("#vote-1 svg.world-map path[data-i].lit, #vote-1 svg.world-map g.marker[tabindex].lit").length === 20);
  assert.equal((await litCountries(page)).length, 20, "the 20 against");
  assert.ok((await litCountries(page)).includes("KP"));
  await page.mouse.move(1, 1);

  const input = page.locator("#vote-1-country-input");
  await input.fill("Gambia");
  await input.press("Enter");
  await until(page, () => document.querySelector('#vote-1 svg.world-map path[data-iso="GM"]')?.classList.contains("lit"));
  assert.deepEqual(await litCountries(page), ["GM"]);

  await input.fill("");
  await input.press("Enter");
  await page.locator("section.cards article.card", { hasText: "Qin Gang" }).first().hover();
  await until(page, () => document.querySelector('#vote-1 svg.world-map path[data-iso="CN"]')?.classList.contains("lit"));
  assert.ok((await litCountries(page)).includes("CN"));
  assert.deepEqual(page.problems, []);
});

test("a map file that cannot be fetched is reported, with a link to it; the seats still work", LIMIT, async (t) => {
  const page = await open(t, { path: "?chart=map", route: ["**/vote-1-map.svg", (r) => r.fulfill({ status: 404, body: "" })] });
  const notice = page.locator("#vote-1 .map-frame p.notice");
  await notice.waitFor({ timeout: SETTLE });
  assert.match(await notice.textContent(), /The map could not be shown \(HTTP 404\)/);
  assert.equal(await notice.locator("a").getAttribute("href"), "vote-1-map.svg");
  await page.locator("#vote-1 .toolbar").getByRole("button", { name: "Seats" }).click();
  await page.waitForSelector("#vote-1 svg.seat-map");
  page.problems = page.problems.filter((p) => !p.includes("404"));
  assert.deepEqual(page.problems, []);
});

test("the map file stands alone: 193 members with their votes, integer shapes, the source", async () => {
  const response = await fetch(server.url + "vote-1-map.svg");
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /image\/svg\+xml/);
  const svg = await response.text();
  assert.match(svg, new RegExp(`<title>${HEADING}</title>`));
  const titles = [...svg.matchAll(/<title>([^<]+): (Yes|No|Abstain|Did not vote)<\/title>/g)];
  const markers = [...svg.matchAll(/<circle data-iso="([A-Z]{2})"/g)].map((m) => m[1]);
  assert.ok(titles.some((m) => m[1] === "Gambia" && m[2] === "No"));
  assert.ok(markers.includes("TV") && markers.includes("MC"), "small states are marked");
  for (const [, d] of svg.matchAll(/ d="([^"]+)"/g)) assert.match(d, /^[Mlz0-9 -]+$/, "integer path data");
  assert.match(svg, /Per-member votes: E\. Voeten/);
});

for (const [name, context] of [
  ["light theme", DESKTOP],
  ["dark theme", { ...DESKTOP, colorScheme: "dark" }],
]) {
  test(`axe-core finds no accessibility violations in map view (${name})`, LIMIT, async (t) => {
    const page = await open(t, { path: "?chart=map", context });
    await mapShown(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    assert.deepEqual(page.problems, []);
  });
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString(), "PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function save(page, label) {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: SETTLE }),
    page.locator("#vote-1 .save-chart").getByRole(label === "SVG" ? "link" : "button", { name: label }).click(),
  ]);
  assert.equal(await download.failure(), null);
  return [download.suggestedFilename(), await readFile(await download.path())];
}

for (const [chart, theme] of [
  ["seats", "light"],
  ["map", "dark"],
]) {
  test(`“Save chart” gives the ${chart} as SVG and PNG, in the ${theme} theme, with title, counts and source`, LIMIT, async (t) => {
    const page = await open(t, { path: `?chart=${chart}&theme=${theme}` });
    const link = page.locator("#vote-1 .save-chart a");
    assert.equal(await link.getAttribute("href"), `vote-1-${chart}.svg`, "a link to the light picture, for JavaScript off");
    if (chart === "map") await mapShown(page);
    const [svgName, svgBytes] = await save(page, "SVG");
    assert.equal(svgName, `vote-1-${chart}.svg`);
    const svg = svgBytes.toString();
    const [, w, h] = svg.match(/viewBox="0 0 (\d+) (\d+)"/).map(Number);
    assert.equal(w, 1000);
    assert.ok(h > 400 && h < 800, `height ${h}`);
    assert.match(svg, new RegExp(`<title>${HEADING}</title>`));
    assert.match(svg, /116 in favour, 20 against, 53 abstaining, 4 not voting/);
    assert.match(svg, /A\/RES\/69\/188/);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bg").trim());
    assert.match(svg, new RegExp(`<rect width="1000" height="${h}" fill="${bg}"/>`), "drawn in the page's theme");
    if (chart === "map") assert.equal((svg.match(/<path data-iso=/g) ?? []).length > 150, true, "the countries");
    else assert.equal((svg.match(/<(circle|rect) (cx|x)=/g) ?? []).length, 193, "one mark a seat");

    const [pngName, png] = await save(page, "PNG");
    assert.equal(pngName, `vote-1-${chart}.png`);
    assert.deepEqual(pngSize(png), [2 * w, 2 * h], "twice the SVG's size");
    assert.deepEqual(page.problems, []);
  });
}

test("printed, the page shows the article, the chart as left and the cards, without controls", LIMIT, async (t) => {
  const page = await open(t, { path: "?chart=waffle" });
  await page.emulateMedia({ media: "print" });
  const shown = (sel) => page.$$eval(sel, (els) => els.filter((e) => e.getClientRects().length > 0).length);
  assert.ok((await shown("article.story p")) > 10, "the article");
  assert.equal(await shown("#vote-1 svg.seat-map.as-waffle"), 1, "the chart in the form the reader chose");
  assert.equal(await shown("section.cards article.card"), 4, "the cards");
  const controls = await page.$$eval("button, input, .toolbar a", (els) =>
    els.filter((e) => e.getClientRects().length > 0 && !e.closest(".legend")).map((e) => e.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(controls, [], "no control is printed (the legend prints as a key)");
  assert.deepEqual(page.problems, []);
});
