// Starts the wasm app, after first paint. A file, not an inline script, so the page runs under a
// CSP without 'unsafe-inline'. Trunk writes the hashed names of the JS glue and the wasm into this
// script's data attributes.
//
// 1. `?article=NAME` on the root page goes to that article's own page (the root page lists them).
// 2. Nothing of the app is fetched before the first contentful paint. Then the glue and the wasm
//    load on whichever comes first: the browser is idle (requestIdleCallback, or a timer where
//    there is none), an interactive part of the viewer nears the viewport, or the reader points,
//    types or moves the focus inside the viewer.
// 3. A click on a button or link in the viewer before the app is live is remembered (buttons do
//    nothing meanwhile) and replayed on the same element once the wasm says `viewer:ready`.
// 4. If the wasm cannot load, or traps later (a Rust panic aborts), the prerendered page stays as
//    it is and a small notice says interactivity is unavailable.
const boot = document.getElementById("viewer-boot");
const READY = "viewer:ready";
/** Parts of the page that become interactive: loading starts when one nears the viewport. */
const INTERACTIVE = "#viewer .panel, #viewer .cards, [data-island]";
/** Where a pointer, key or focus starts the load at once. */
const INSIDE = "#viewer, [data-island]";

function unavailable(error) {
  state = "failed";
  pending = null;
  document.documentElement.classList.add("viewer-static");
  const notice = document.getElementById("viewer-notice");
  if (notice) notice.hidden = false;
  console.info("Article viewer: interactivity unavailable:", (error && error.message) || String(error));
}

addEventListener("error", (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) unavailable(event.error);
});
addEventListener("unhandledrejection", (event) => {
  if (event.reason instanceof WebAssembly.RuntimeError) unavailable(event.reason);
});

/** "waiting" (nothing fetched), "loading", "live" (hydrated) or "failed". */
let state = "waiting";
/** The first click made before the app was live: how to find its element again. */
let pending = null;
const disarm = [];

/** The root page's list of article pages, `{ name: href }`, or null on other pages. */
function articlePages() {
  try {
    const list = document.getElementById("viewer-articles");
    return list ? JSON.parse(list.textContent) : null;
  } catch {
    return null;
  }
}

function redirect() {
  const query = new URLSearchParams(location.search);
  const name = query.get("article");
  const pages = name === null ? null : articlePages();
  if (!pages || !Object.hasOwn(pages, name)) return false;
  query.delete("article");
  const rest = query.toString();
  location.replace(new URL(pages[name] + (rest ? `?${rest}` : "") + location.hash, location.href).href);
  return true;
}

function load(reason) {
  if (state !== "waiting") return;
  state = "loading";
  for (const undo of disarm.splice(0)) undo();
  performance.mark("viewer:load-start", { detail: reason });
  import(boot.dataset.js)
    .then((glue) => glue.default({ module_or_path: boot.dataset.wasm }))
    .catch(unavailable);
}

/** Run `then` once the page has painted its first content. */
function afterFirstPaint(then) {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    then();
  };
  if (performance.getEntriesByName("first-contentful-paint").length) return go();
  if (typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length) {
        observer.disconnect();
        go();
      }
    });
    observer.observe({ type: "paint", buffered: true });
    // A page that paints no content (or is never shown) still gets the app eventually.
    addEventListener("load", () => setTimeout(go, 5000), { once: true });
  } else {
    // No paint timing: the task after the next frame comes after that frame's paint.
    requestAnimationFrame(() => setTimeout(go, 0));
  }
}

function arm() {
  // Input inside the viewer: load now (a reader is waiting for it).
  const onInput = (event) => {
    if (event.target instanceof Element && event.target.closest(INSIDE)) load(event.type);
  };
  for (const type of ["pointerdown", "keydown", "focusin"]) {
    document.addEventListener(type, onInput, { capture: true, passive: true });
    disarm.push(() => document.removeEventListener(type, onInput, { capture: true }));
  }
  afterFirstPaint(() => {
    if (state !== "waiting") return;
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(() => load("idle"), { timeout: 3000 });
      disarm.push(() => cancelIdleCallback(id));
    } else {
      const id = setTimeout(() => load("timeout"), 200);
      disarm.push(() => clearTimeout(id));
    }
    const parts = document.querySelectorAll(INTERACTIVE);
    if (parts.length && typeof IntersectionObserver === "function") {
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load("visible"), {
        rootMargin: "200px",
      });
      for (const part of parts) observer.observe(part);
      disarm.push(() => observer.disconnect());
    }
  });
}

/** The part of the page the app owns that holds `el`: #viewer, else its island. */
function container(el) {
  const viewer = document.getElementById("viewer");
  return viewer?.contains(el) ? viewer : el.closest("[data-island]");
}

/**
 * How to find `el` again after hydration: its id, else the path of child indices from its
 * container (#viewer, or an island found by its data-island name).
 */
function locate(el, root) {
  if (el.id && document.getElementById(el.id) === el) return { id: el.id, tag: el.tagName };
  const path = [];
  for (let node = el; node !== root; node = node.parentElement) path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
  return { root: root.id === "viewer" ? null : root.getAttribute("data-island"), path, tag: el.tagName };
}

function find(where) {
  let el = where.id
    ? document.getElementById(where.id)
    : where.root === null
      ? document.getElementById("viewer")
      : [...document.querySelectorAll("[data-island]")].find((island) => island.getAttribute("data-island") === where.root);
  for (const i of where.path ?? []) el = el?.children[i];
  return el && el.tagName === where.tag ? el : null;
}

// Remember the first click on a button or link of the app while it is not live.
document.addEventListener(
  "click",
  (event) => {
    if (state === "live" || state === "failed") return;
    const el = event.target instanceof Element ? event.target.closest("button, a[href]") : null;
    const root = el && container(el);
    if (!root) return;
    // A button's action is the app's; a link still does what links do.
    if (el.tagName === "BUTTON") event.preventDefault();
    pending ??= locate(el, root);
    load("click");
  },
  true,
);

document.addEventListener(
  READY,
  () => {
    state = "live";
    performance.mark("viewer:ready");
    const where = pending;
    pending = null;
    if (where) find(where)?.click();
  },
  { once: true },
);

if (!redirect()) arm();
