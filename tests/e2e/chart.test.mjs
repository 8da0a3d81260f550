// The General Assembly chart and the Security Council panel, used the way a reader uses them:
// with the mouse, with the keyboard only, through the country finder and the view toggles,
// in both themes and on a narrow phone, and checked with axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { serve, launch, openPage, hydrated, until, focused, SETTLE } from "./harness.mjs";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const SUMMARY = "116 in favour, 20 against, 53 abstaining, 4 not voting";
/** Every test gives up after a minute rather than hang the run (a hung page blocks key presses). */
const LIMIT = { timeout: 60_000 };

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

/** A fresh context and page on the viewer (optionally with a query or fragment), hydrated. */
async function open(t, { path = "", context = DESKTOP } = {}) {
  const page = await openPage(browser, context);
  t.after(() => page.context().close());
  await page.goto(server.url + path);
  await hydrated(page);
  return page;
}


/** Wait for an element's trimmed text to become `expected`, then assert it (a clear diff on failure). */
async function assertText(page, selector, expected, message) {
  await until(page, ([s, e]) => document.querySelector(s)?.textContent.trim() === e, [selector, expected]);
  assert.equal((await page.locator(selector).first().textContent())?.trim(), expected, message);
}


/** Resolves to the promise's value, or to "timed out" if the page stops answering (a hung main thread). */
function withDeadline(promise) {
  let timer;
  const deadline = new Promise((ok) => (timer = setTimeout(() => ok("timed out"), SETTLE)));
  return Promise.race([promise.then((v) => v ?? "done"), deadline]).finally(() => clearTimeout(timer));
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

async function waitFocus(page, id) {
  await until(page, (want) => document.activeElement?.id === want, id);
  assert.equal(await activeId(page), id, `focus should be on #${id} (it is on ${await focused(page)})`);
}

/** Seats of the General Assembly chart that carry the class "lit", as [id, data-iso, group class]. */
function litSeats(page) {
  return page.$$eval("svg.seat-map g.seat.lit", (gs) =>
    gs.map((g) => [g.id, g.getAttribute("data-iso"), [...g.classList].find((c) => c.startsWith("g-"))]),
  );
}

/** The Security Council list as [name, what it says after the dash]. */
function councilList(page) {
  return page.$$eval("section.council ol.council-list > li", (lis) =>
    lis.map((li) => {
      const who = li.querySelector(".who")?.textContent.trim() ?? "";
      const rest = li.textContent.slice(li.textContent.indexOf(" — ") + 3).split(" · ")[0].trim();
      return [who, rest];
    }),
  );
}

test("hovering a legend group lights exactly its seats; hovering a seat shows its tooltip", LIMIT, async (t) => {
  const page = await open(t);
  assert.equal(await page.locator("svg.seat-map g.seat").count(), 193, "193 member states");
  await assertText(page, "p.readout", SUMMARY, "the resting readout summarises the vote");
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 0, "nothing is highlighted at rest");

  await page.hover("#vote-1-legend-no");
  await until(page, () => document.querySelectorAll("svg.seat-map g.seat.lit").length === 20);
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 1, "the chart is in pointing mode");
  const lit = await litSeats(page);
  assert.equal(lit.length, 20, "20 seats lit for No");
  assert.ok(lit.every(([, , group]) => group === "g-no"), `only No seats are lit: ${JSON.stringify(lit)}`);
  assert.equal(await page.locator("svg.seat-map g.seat.g-no").count(), 20, "and every No seat is lit");
  await assertText(page, "p.readout", "Against — 20 (10.6 % of votes cast)");
  assert.match(await page.getAttribute("#vote-1-legend-no", "class"), /\bactive\b/, "the hovered legend button is marked active");

  // Gambia voted no; its seat's tooltip is drawn in the SVG.
  const gambia = page.locator('svg.seat-map g.seat[data-iso="GM"]');
  await gambia.hover();
  await until(page, () => document.querySelector("svg.seat-map g.tip")?.textContent.trim() === "Gambia: No");
  assert.equal(await page.locator("svg.seat-map g.tip").count(), 1, "one tooltip");
  assert.equal((await page.locator("svg.seat-map g.tip").textContent()).trim(), "Gambia: No");
  assert.ok(await page.locator("svg.seat-map g.tip").isVisible(), "the tooltip is visible");
  assert.match(await gambia.getAttribute("class"), /\bcurrent\b/, "the hovered seat is the current one");
  assert.deepEqual(await litSeats(page), [[await gambia.getAttribute("id"), "GM", "g-no"]], "only the hovered seat is lit");
  await assertText(page, "p.readout", "Gambia: No");

  // Another seat: the tooltip follows.
  await page.locator('svg.seat-map g.seat[data-iso="FR"]').hover();
  await until(page, () => document.querySelector("svg.seat-map g.tip")?.textContent.trim() === "France: Yes");
  assert.equal((await page.locator("svg.seat-map g.tip").textContent()).trim(), "France: Yes");

  // Leaving the chart clears it all.
  await page.mouse.move(1, 1);
  await until(page, () => !document.querySelector("svg.seat-map g.tip") && !document.querySelector("svg.seat-map.pointing"));
  assert.equal(await page.locator("svg.seat-map g.tip").count(), 0, "the tooltip goes with the pointer");
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 0);
  await assertText(page, "p.readout", SUMMARY);
  assert.deepEqual(page.problems, []);
});

test("keyboard only: Tab reaches the seats, arrows and PageDown move between them, Escape leaves", LIMIT, async (t) => {
  const page = await open(t);
  // Record every seat that receives focus, so a failure can say whether a seat had it and lost it.
  await page.evaluate(() => {
    window.__seatFocus = [];
    document.addEventListener("focusin", (e) => e.target.matches?.("g.seat") && window.__seatFocus.push(e.target.id));
  });
  const seen = [];
  let onSeat = false;
  for (let i = 0; i < 40 && !onSeat; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focused(page));
    onSeat = await page.evaluate(() => document.activeElement?.matches("svg.seat-map g.seat") ?? false);
  }
  const seatFocus = await page.evaluate(() => window.__seatFocus);
  assert.ok(
    onSeat,
    `Tab from the top never left focus on a seat (seats that received focus and lost it: ${JSON.stringify(seatFocus)}); ` +
      `focus went: ${seen.join(" → ")}`,
  );
  assert.equal(await activeId(page), "vote-1-seat-0", "the first seat is the one in the tab order");
  assert.equal(await page.getAttribute("#vote-1-seat-0", "tabindex"), "0");
  assert.equal(await page.locator('svg.seat-map g.seat[tabindex="0"]').count(), 1, "a single tab stop for all the seats");
  await assertText(page, "p.readout", "Afghanistan: Yes", "focusing a seat announces it");

  await page.keyboard.press("ArrowRight");
  await waitFocus(page, "vote-1-seat-1");
  await assertText(page, "p.readout", "Albania: Yes");
  assert.equal(await page.getAttribute("#vote-1-seat-1", "tabindex"), "0", "the tab stop moves with the focus (roving tabindex)");
  assert.equal(await page.getAttribute("#vote-1-seat-0", "tabindex"), "-1");

  await page.keyboard.press("ArrowRight");
  await waitFocus(page, "vote-1-seat-2");
  await page.keyboard.press("ArrowLeft");
  await waitFocus(page, "vote-1-seat-1");

  // PageDown: to the first seat of the next group (the first No seat).
  const firstNo = await page.locator("svg.seat-map g.seat.g-no").first().getAttribute("id");
  const firstNoLabel = await page.locator("svg.seat-map g.seat.g-no").first().getAttribute("aria-label");
  await page.keyboard.press("PageDown");
  await waitFocus(page, firstNo);
  await assertText(page, "p.readout", firstNoLabel);
  assert.equal(firstNoLabel, "Belarus: No");

  // PageDown again: the first abstention.
  const firstAbstain = await page.locator("svg.seat-map g.seat.g-abstain").first().getAttribute("id");
  await page.keyboard.press("PageDown");
  await waitFocus(page, firstAbstain);

  // PageUp: back to the start of the previous group.
  await page.keyboard.press("PageUp");
  await waitFocus(page, firstNo);

  await page.keyboard.press("End");
  await waitFocus(page, "vote-1-seat-192");
  await page.keyboard.press("Home");
  await waitFocus(page, "vote-1-seat-0");
  await assertText(page, "p.readout", "Afghanistan: Yes");

  // PageUp on the very first seat has nowhere to go: it stays, and the page stays responsive.
  assert.equal(await withDeadline(page.keyboard.press("PageUp")), "done", "PageUp on the first seat must not hang the page");
  assert.equal(await withDeadline(activeId(page)), "vote-1-seat-0", "PageUp on the first seat keeps the focus there");
  await assertText(page, "p.readout", "Afghanistan: Yes");

  // Escape leaves the seats for the chart's heading and the readout rests.
  await page.keyboard.press("Escape");
  await waitFocus(page, "vote-1-title");
  await assertText(page, "p.readout", SUMMARY);
  assert.equal(await page.locator("svg.seat-map g.tip").count(), 0, "no tooltip once the seats are left");
  assert.deepEqual(page.problems, []);
});

test("keyboard only: the legend buttons are reachable by Tab and the arrow keys move between them", LIMIT, async (t) => {
  const page = await open(t);
  const seen = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focused(page));
    if ((await activeId(page)) === "vote-1-legend-yes") break;
  }
  assert.equal(await activeId(page), "vote-1-legend-yes", `Tab never reached the legend; focus went: ${seen.join(" → ")}`);
  await assertText(page, "p.readout", "In favour — 116 (61.4 % of votes cast)", "focusing a legend button announces its group");
  await until(page, () => document.querySelectorAll("svg.seat-map g.seat.lit").length === 116);
  assert.equal((await litSeats(page)).length, 116, "the Yes seats are lit");

  // Each legend button is its own tab stop.
  await page.keyboard.press("Tab");
  await waitFocus(page, "vote-1-legend-no");
  await page.keyboard.press("Shift+Tab");
  await waitFocus(page, "vote-1-legend-yes");

  await page.keyboard.press("ArrowRight");
  await waitFocus(page, "vote-1-legend-no");
  await assertText(page, "p.readout", "Against — 20 (10.6 % of votes cast)");
  await until(page, () => document.querySelectorAll("svg.seat-map g.seat.lit").length === 20);
  const lit = await litSeats(page);
  assert.equal(lit.length, 20);
  assert.ok(lit.every(([, , g]) => g === "g-no"));

  await page.keyboard.press("ArrowRight");
  await waitFocus(page, "vote-1-legend-abstain");
  await assertText(page, "p.readout", "Abstained — 53 (28.0 % of votes cast)");
  await page.keyboard.press("ArrowRight");
  await waitFocus(page, "vote-1-legend-absent");
  await assertText(page, "p.readout", "Not voting — 4");
  await page.keyboard.press("ArrowRight");
  await waitFocus(page, "vote-1-legend-absent"); // the last group stays
  await page.keyboard.press("ArrowLeft");
  await waitFocus(page, "vote-1-legend-abstain");

  // Escape lets go of the group.
  await page.keyboard.press("Escape");
  await assertText(page, "p.readout", SUMMARY);
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 0);
  assert.deepEqual(page.problems, []);
});

test("finding a country: Gambia, DPRK and Eswatini resolve and light their seat; nonsense is reported", LIMIT, async (t) => {
  const page = await open(t);
  const input = page.locator("#vote-1-country-input");
  const output = "form.finder output.finder-result";

  await input.click();
  await input.pressSequentially("Gambia");
  await input.press("Enter");
  await assertText(page, output, "Gambia: No");
  await until(page, () => document.querySelector('svg.seat-map g.seat[data-iso="GM"]')?.classList.contains("lit"));
  assert.deepEqual((await litSeats(page)).map(([, iso]) => iso), ["GM"], "exactly the Gambia seat is lit");
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 1);
  assert.equal(new URL(page.url()).search, "", "finding a country does not touch the URL");

  await input.fill("DPRK");
  await input.press("Enter");
  await assertText(page, output, "North Korea: No");
  await until(page, () => document.querySelector('svg.seat-map g.seat[data-iso="KP"]')?.classList.contains("lit"));
  assert.deepEqual((await litSeats(page)).map(([, iso]) => iso), ["KP"]);

  await input.fill("Eswatini");
  await input.press("Enter");
  await assertText(page, output, "Eswatini: Did not vote");
  await until(page, () => document.querySelector('svg.seat-map g.seat[data-iso="SZ"]')?.classList.contains("lit"));
  assert.deepEqual((await litSeats(page)).map(([, iso]) => iso), ["SZ"]);

  await input.fill("Atlantis of the North");
  await input.press("Enter");
  await assertText(page, output, "No member state called “Atlantis of the North” in this vote.");
  await until(page, () => document.querySelectorAll("svg.seat-map g.seat.lit").length === 0);
  assert.deepEqual(await litSeats(page), [], "no seat stays lit after a failed search");
  assert.equal(await page.locator("svg.seat-map.pointing").count(), 0);

  // Nothing broke: the chart still answers and a new search still works.
  await page.hover("#vote-1-legend-no");
  await assertText(page, "p.readout", "Against — 20 (10.6 % of votes cast)");
  await input.fill("gambia");
  await input.press("Enter");
  await assertText(page, output, "Gambia: No");
  assert.deepEqual(page.problems, []);
});


test("the finder's other names come from one site file, fetched on first use; if it fails, the page says so", LIMIT, async (t) => {
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.route("**/countries.txt", (r) => r.fulfill({ status: 503, body: "" }));
  await page.goto(server.url);
  await hydrated(page);
  assert.ok(!requested.some((p) => p.endsWith("/countries.txt")), "the first view does not fetch the names");
  const input = page.locator("#vote-1-country-input");
  const output = "form.finder output.finder-result";
  await input.click();
  await until(page, () => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/countries.txt")));
  // A name the vote's data gives its seat needs no file.
  await input.fill("Gambia");
  await input.press("Enter");
  await assertText(page, output, "Gambia: No");
  // Another name does: the reader is told it could not be checked, not that the state is absent.
  await input.fill("DPRK");
  await input.press("Enter");
  await assertText(page, output, "“DPRK” is not a name this vote's data uses, and the list of other names could not be loaded.");
  assert.deepEqual(await litSeats(page), []);
  // Once the file can be read, a new search finds it.
  await page.unroute("**/countries.txt");
  await input.fill("Swaziland");
  await input.press("Enter");
  await assertText(page, output, "Eswatini: Did not vote");
  assert.deepEqual((await litSeats(page)).map(([, iso]) => iso), ["SZ"]);
  assert.deepEqual(page.problems.filter((p) => !p.includes("503")), []);
});
test("the Grid/Seats toggle switches the chart, is kept in the URL and survives a reload", LIMIT, async (t) => {
  const page = await open(t);
  const grid = page.locator("section.assembly .toolbar button", { hasText: "Grid" });
  const seats = page.locator("section.assembly .toolbar button", { hasText: "Seats" });
  assert.equal(await page.locator("svg.seat-map.as-seats").count(), 1, "the hemicycle by default");
  assert.equal(await seats.getAttribute("aria-pressed"), "true");

  await grid.click();
  await page.waitForURL((u) => u.searchParams.get("chart") === "waffle", { timeout: SETTLE });
  await page.waitForSelector("svg.seat-map.as-waffle", { timeout: SETTLE });
  assert.equal(await page.locator("svg.seat-map.as-seats").count(), 0);
  assert.equal(await page.locator("svg.seat-map.as-waffle g.seat").count(), 193, "every seat is in the grid");
  assert.equal(await grid.getAttribute("aria-pressed"), "true");
  assert.equal(await seats.getAttribute("aria-pressed"), "false");

  await page.reload();
  await hydrated(page);
  await page.waitForSelector("svg.seat-map.as-waffle", { timeout: SETTLE });
  assert.equal(new URL(page.url()).searchParams.get("chart"), "waffle", "the URL keeps the view after a reload");
  assert.equal(await grid.getAttribute("aria-pressed"), "true");

  await seats.click();
  await page.waitForURL((u) => !u.searchParams.has("chart"), { timeout: SETTLE });
  await page.waitForSelector("svg.seat-map.as-seats", { timeout: SETTLE });
  assert.equal(new URL(page.url()).search, "", "the default view leaves no parameter");
  assert.equal(await seats.getAttribute("aria-pressed"), "true");
  assert.deepEqual(page.problems, []);
});

test("the Security Council panel switches between the article's account and the vote that followed", LIMIT, async (t) => {
  const page = await open(t);
  const council = page.locator("section.council");
  const next = council.locator(".toolbar button", { hasText: "What happened next" });
  const inArticle = council.locator(".toolbar button", { hasText: "In the article" });
  const RUSSIA = /^Russia(n Federation)?$/;

  const stance = (list, s) => list.filter(([, what]) => what === s);

  // The article's account is the default.
  let list = await councilList(page);
  assert.equal(list.length, 15);
  assert.equal(stance(list, "Pushed for the item").length, 10);
  const opposed = stance(list, "Opposed").map(([who]) => who);
  assert.equal(opposed.length, 2);
  assert.ok(opposed.includes("China") && opposed.some((w) => RUSSIA.test(w)), `opposed: ${opposed}`);
  assert.equal(stance(list, "Not stated in the article").length, 3);

  await next.click();
  await page.waitForURL((u) => u.searchParams.get("council") === "next", { timeout: SETTLE });
  await until(page, () => document.querySelector("section.council ol.council-list")?.textContent.includes("Voted against"));
  list = await councilList(page);
  assert.equal(list.length, 15, "15 members");
  assert.ok(list.every(([who]) => who && who !== "Member not named"), `every member is named: ${JSON.stringify(list)}`);
  assert.equal(new Set(list.map(([who]) => who)).size, 15, "15 different members");
  const against = stance(list, "Voted against").map(([who]) => who);
  assert.equal(against.length, 2, `voted against: ${against}`);
  assert.ok(against.includes("China") && against.some((w) => RUSSIA.test(w)), `voted against: ${against}`);
  assert.deepEqual(stance(list, "Abstained").map(([who]) => who).sort(), ["Chad", "Nigeria"]);
  assert.equal(stance(list, "Voted in favour").length, 11);
  const rule = (await council.locator("p.rule").textContent()).trim();
  assert.match(rule, /\b9\b/, `the rule mentions the 9 votes needed: ${rule}`);
  assert.match(rule, /veto/i, `the rule mentions the veto: ${rule}`);
  assert.equal(await next.getAttribute("aria-pressed"), "true");
  assert.equal(await inArticle.getAttribute("aria-pressed"), "false");

  // The state is shareable: a reload keeps it.
  await page.reload();
  await hydrated(page);
  await until(page, () => document.querySelector("section.council ol.council-list")?.textContent.includes("Voted against"));
  assert.equal(stance(await councilList(page), "Voted against").length, 2, "a reload keeps the later vote");

  await inArticle.click();
  await page.waitForURL((u) => !u.searchParams.has("council"), { timeout: SETTLE });
  await until(page, () => document.querySelector("section.council ol.council-list")?.textContent.includes("Pushed for the item"));
  list = await councilList(page);
  assert.equal(stance(list, "Pushed for the item").length, 10, "10 pushed for the item");
  assert.equal(stance(list, "Opposed").length, 2);
  assert.ok(stance(list, "Opposed").every(([who]) => who === "China" || RUSSIA.test(who)));
  assert.equal(stance(list, "Not stated in the article").length, 3);
  assert.equal(await inArticle.getAttribute("aria-pressed"), "true");
  assert.deepEqual(page.problems, []);
});

test("screenshots: light and dark themes, and a 320 px phone without horizontal overflow", LIMIT, async (t) => {
  const light = await open(t);
  assert.equal(await light.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bg").trim()), "#ffffff");
  await light.screenshot({ path: resolve(ARTIFACTS, "chart-light.png"), fullPage: true });

  const dark = await open(t, { context: { ...DESKTOP, colorScheme: "dark" } });
  assert.equal(
    await dark.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bg").trim()),
    "#121417",
    "the dark theme follows prefers-color-scheme",
  );
  await dark.screenshot({ path: resolve(ARTIFACTS, "chart-dark.png"), fullPage: true });

  const phone = await open(t, { context: { viewport: { width: 320, height: 640 } } });
  await phone.screenshot({ path: resolve(ARTIFACTS, "chart-320.png"), fullPage: true });
  const widths = await phone.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    chart: Math.round(document.querySelector("svg.seat-map").getBoundingClientRect().right),
    council: Math.round(document.querySelector("svg.council-map").getBoundingClientRect().right),
  }));
  assert.ok(widths.document <= 320, `no horizontal overflow at 320 px: ${JSON.stringify(widths)}`);
  assert.ok(widths.chart <= 320 && widths.council <= 320, `the charts fit the screen: ${JSON.stringify(widths)}`);

  assert.deepEqual(light.problems, []);
  assert.deepEqual(dark.problems, []);
  assert.deepEqual(phone.problems, []);
});

/** axe-core's violations, one line per rule with its targets, so a failure says what to fix. */
async function axeViolations(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

for (const [name, context] of [
  ["light theme", DESKTOP],
  ["dark theme", { ...DESKTOP, colorScheme: "dark" }],
  ["320 px", { viewport: { width: 320, height: 640 } }],
]) {
  test(`axe-core finds no accessibility violations (${name})`, LIMIT, async (t) => {
    const page = await open(t, { context });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
  });
}

for (const view of ["chart", "council", "cards", "article"]) {
  test(`axe-core finds no accessibility violations in the embed view ${view}`, LIMIT, async (t) => {
    const page = await open(t, { path: `?view=${view}&embed=1`, context: { viewport: { width: 600, height: 800 } } });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
  });
}

test("“Download data (CSV)” gives the roll call: 193 rows that sum to 116/20/53/4, with the source", LIMIT, async (t) => {
  const page = await openPage(browser, { ...DESKTOP, acceptDownloads: true });
  t.after(() => page.context().close());
  await page.goto(server.url);
  await hydrated(page);
  const link = page.locator("#vote-1 a", { hasText: "Download data (CSV)" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), "vote-1.csv");
  const { readFile } = await import("node:fs/promises");
  const csv = await readFile(await download.path(), "utf8");
  const rows = csv.trim().split("\n");
  assert.equal(rows[0], "country,iso2,vote,source");
  assert.equal(rows.length - 1, 193);
  const count = (vote) => rows.filter((r) => r.includes(`,${vote},`)).length;
  assert.deepEqual([count("In favour"), count("Against"), count("Abstained"), count("Not voting")], [116, 20, 53, 4]);
  assert.ok(rows.includes('Gambia,GM,Against,"E. Voeten, United Nations General Assembly Voting Data (Harvard Dataverse, CC0), via the unvotes R package (MIT); UN document A/RES/69/188, 2014-12-18"'));
});
