// Hostile input in the browser: every article of the hostile corpus renders as inert text, with a
// clear outcome, no script payload ever running, and a clean console. Served without a CSP, so
// inertness comes from rendering text as text, not from the policy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launch, openPage, hydrated } from "./harness.mjs";

const DIST = resolve(import.meta.dirname, "../../dist-hostile");
const SEEDS = resolve(import.meta.dirname, "../../target/hostile-seeds");
const built = existsSync(DIST) && existsSync(SEEDS);
const names = built ? readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).map((n) => n.slice(0, -4)).sort() : [];

let server, browser;
before(async () => {
  if (!built) return;
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const name of names) {
  test(`hostile article ${name} renders inert`, async () => {
    const page = await openPage(browser);
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await page.goto(`${server.url}?article=${encodeURIComponent(name)}`);
    await hydrated(page);
    assert.equal(await page.locator("h1").count(), 1);
    // The requested article is the one shown (its first line is the headline, as text).
    const first = readFileSync(resolve(SEEDS, `${name}.txt`), "utf8").split(/\r?\n/).find((l) => l.trim()) ?? "";
    const shown = (await page.locator("h1").textContent()) ?? "";
    assert.equal(shown.replace(/\s+/g, " ").trim() === "", first.replace(/[\s\0]+/g, " ").trim() === "", `headline of ${name}: ${shown}`);
    if (first.length < 200 && !first.includes("\0")) assert.equal(shown.replace(/\s+/g, " ").trim(), first.replace(/\s+/g, " ").trim());
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "no payload ran");
    // Payload markup is shown as text and creates no elements.
    assert.equal(await page.locator("#viewer script, #viewer iframe, #viewer img, #viewer [onerror], #viewer [onmouseover], #viewer [onload]").count(), 0);
    assert.equal(await page.locator('#viewer a[href^="javascript:"]').count(), 0);
    if (name.includes("html-payloads")) {
      assert.match(await page.locator("h1").textContent(), /<script>window.__pwned = 1<\/script>/);
      await page.locator("body").hover();
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.problems, []);
  });
}

test("the hostile corpus was built", { skip: built ? false : "run `make dist-hostile` first" }, () => {
  assert.ok(names.length >= 10, names.join(", "));
});
