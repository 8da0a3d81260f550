// The wasm carries no article: builds the site twice, with one seed and with several
// (ARTICLE_SEEDS pointing at folders of copies of tests/articles/*.txt), and checks that the .wasm
// and its JS glue are byte-identical (sha256) while the pages differ. Exit status 1 if not.
//
//   node tools/same-wasm.mjs            (run by `make test`)
//
// Both builds reuse the project's cargo target dir, so only wasm-bindgen, wasm-opt and the
// prerender run again. The sites stay in target/same-wasm/{one,several}/ (the browser tests use
// the several-article one).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "target", "same-wasm");
const ARTICLES = join(root, "tests", "articles");
const ONE = ["ga_plastics_treaty"];
const SEVERAL = [
  "au_assembly_sahel",
  "ga_cuba_embargo_2019",
  "ga_plastics_treaty",
  "quotes_accented_names",
  "sc_haiti_mission",
  "sc_us_veto_ceasefire",
  "uk_commons_division_and_amendment",
  "uk_commons_rwanda",
  "us_senate_childcare",
  "us_supreme_court_agency_ruling",
];

function seeds(name, articles) {
  const dir = join(out, `seeds-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const a of articles) copyFileSync(join(ARTICLES, `${a}.txt`), join(dir, `${a}.txt`));
  return dir;
}

function build(name, seedDir) {
  const dist = join(out, name);
  const env = {
    ...process.env,
    ARTICLE_SEEDS: seedDir,
    // As the Makefile has it: npm's wasm-opt and cargo's tools first.
    PATH: [join(root, "node_modules", ".bin"), join(homedir(), ".cargo", "bin"), process.env.PATH].join(delimiter),
  };
  console.log(`same-wasm: trunk build --release (${name}: ${readdirSync(seedDir).length} seed(s))`);
  return new Promise((done, fail) => {
    const child = spawn("trunk", ["build", "--release", "--dist", dist], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done(dist) : fail(new Error(`trunk build (${name}) exited with ${code}`))));
  });
}

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The glue and wasm the root page loads, and every article page of the site. */
function inspect(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const attr = (name) => html.match(new RegExp(`\\bid="viewer-boot"[^>]*\\b${name}="([^"]*)"`))?.[1];
  const file = (href) => href && href.split("/").filter(Boolean).pop();
  const glue = file(attr("data-js"));
  const wasm = file(attr("data-wasm"));
  if (!glue || !wasm) throw new Error(`${dist}/index.html names no glue or wasm`);
  const pages = readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dist, e.name, "index.html")) && e.name !== "articles")
    .map((e) => e.name)
    .sort();
  const story = (page) => readFileSync(join(dist, page, "index.html"), "utf8").match(/<script type="application\/json" id="viewer-story">([^<]*)<\/script>/)?.[1];
  return { glue, wasm, pages, stories: pages.map(story), hashes: { glue: sha256(join(dist, glue)), wasm: sha256(join(dist, wasm)) } };
}

let failed = false;
const check = (ok, message) => {
  console.log(`same-wasm: ${ok ? "ok" : "FAIL"}: ${message}`);
  if (!ok) failed = true;
};

try {
  mkdirSync(out, { recursive: true });
  const one = inspect(await build("one", seeds("one", ONE)));
  const several = inspect(await build("several", seeds("several", SEVERAL)));
  // The builds did use their seeds: a page per article, each with its own model.
  check(one.pages.join() === ONE.join(), `one-seed site has the page ${one.pages.join(", ")}`);
  check(several.pages.join() === SEVERAL.join(), `several-seed site has ${several.pages.length} pages (${several.pages.join(", ")})`);
  check(several.stories.every(Boolean) && new Set(several.stories).size === SEVERAL.length, "every page carries its own model");
  for (const kind of ["wasm", "glue"]) {
    check(
      one.hashes[kind] === several.hashes[kind],
      `${kind} ${one[kind]} sha256 ${one.hashes[kind].slice(0, 16)}… ${one.hashes[kind] === several.hashes[kind] ? "=" : "≠"} ${several[kind]} sha256 ${several.hashes[kind].slice(0, 16)}…`,
    );
  }
} catch (error) {
  console.error(`same-wasm: ${error.message}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
