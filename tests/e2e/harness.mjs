// Shared test harness: a static file server for dist/ on loopback and Debian's Chromium via playwright-core.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

export const DIST = process.env.VIEWER_DIST ? resolve(process.env.VIEWER_DIST) : resolve(import.meta.dirname, "../../dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/** Precompressed siblings, best first. */
const ENCODINGS = [
  ["br", ".br"],
  ["gzip", ".gz"],
];

/** The content codings an Accept-Encoding header allows (q > 0; `*` stands for any not named). */
export function accepts(header = "") {
  const named = new Map();
  let any = false;
  for (const part of String(header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const ok = !q || Number.parseFloat(q.slice(2)) > 0;
    if (name === "*") any = ok;
    else named.set(name, ok);
  }
  const allowed = new Set([...named].filter(([, ok]) => ok).map(([name]) => name));
  if (any) for (const [encoding] of ENCODINGS) if (!named.has(encoding)) allowed.add(encoding);
  return allowed;
}

/**
 * Serve `root` on 127.0.0.1 at a free port.
 * Options: `prefix` (serve under a sub-path such as "/sub/"), `headers` (added to every response),
 * `routes` (path → {type, body} for extra pages such as a host page), `compress` (default true:
 * answer with a file's `.br` or `.gz` sibling when the request's Accept-Encoding allows it, with
 * `Content-Encoding` and `Vary: Accept-Encoding`).
 */
export async function serve(root = DIST, { prefix = "/", headers = {}, routes = {}, compress = true } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    requests.push(url.pathname);
    const extra = routes[url.pathname];
    if (extra) {
      res.writeHead(200, { "content-type": extra.type ?? TYPES[".html"], ...headers });
      res.end(extra.body);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (info.isDirectory() && !url.pathname.endsWith("/")) {
        // As static hosts do: a folder's page is at its URL with a trailing slash.
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const path = info.isDirectory() ? join(file, "index.html") : file;
      const type = TYPES[extname(path)] ?? "application/octet-stream";
      // A precompressed sibling (tools/precompress.mjs), when the request accepts its encoding.
      const accepted = accepts(req.headers["accept-encoding"]);
      for (const [encoding, suffix] of ENCODINGS) {
        if (!compress || !accepted.has(encoding)) continue;
        const body = await readFile(path + suffix).catch(() => null);
        if (!body) continue;
        res.writeHead(200, { "content-type": type, "content-encoding": encoding, vary: "Accept-Encoding", ...headers });
        res.end(body);
        return;
      }
      const body = await readFile(path);
      res.writeHead(200, { "content-type": type, ...(compress ? { vary: "Accept-Encoding" } : {}), ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** A new page that records console errors, warnings and page errors into `page.problems`. */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") page.problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => page.problems.push(`pageerror: ${err.message}`));
  return page;
}

/** Resolves once the app has hydrated (the app sets data-hydrated on <html> in an effect). */
export function hydrated(page) {
  return page.waitForSelector("html[data-hydrated]", { state: "attached" });
}

/** How long a condition may take to come true before a test reports what it saw instead. */
export const SETTLE = 5000;

/** Wait until `fn(arg)` is truthy in the page; false (not a throw) if it never becomes so. */
export function until(page, fn, arg) {
  return page.waitForFunction(fn, arg, { timeout: SETTLE }).then(
    () => true,
    () => false,
  );
}

/** A short description of the focused element, for assertions and failure messages. */
export function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return "(none)";
    const cls = a.getAttribute("class");
    return `${a.tagName.toLowerCase()}${a.id ? "#" + a.id : ""}${cls ? "." + cls.trim().split(/\s+/).join(".") : ""}`;
  });
}

/** Whether the element is (or, after a possibly smooth scroll, comes) inside the viewport. */
export function scrolledIntoView(locator) {
  return locator.evaluate(
    (el, settle) =>
      new Promise((done) => {
        const inside = () => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        };
        if (inside()) return done(true);
        const io = new IntersectionObserver(() => inside() && (io.disconnect(), done(true)));
        io.observe(el);
        setTimeout(() => (io.disconnect(), done(inside())), settle);
      }),
    SETTLE,
  );
}
