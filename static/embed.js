// Article viewer embed loader: <div data-article-viewer="https://viewer.example/?view=chart"></div>
// <script async src="https://viewer.example/embed.js"></script>. See src/embed.rs and the README.
(function (w, d) {
  var src = d.currentScript && d.currentScript.src, origin, add, key = Symbol.for("article-viewer.embed");
  try { origin = new URL(src).origin; } catch (e) {}
  if (!/^https?:/.test(origin)) return;
  function clamp(h) { return Math.min(20000, Math.max(100, h)); }
  if (Object.prototype.hasOwnProperty.call(w, key)) add = w[key];
  if (typeof add != "function") {
    var frames = new Map(), n = 0;
    add = function (f, o) { var id = "article-viewer-" + ++n; frames.set(id, [f, o]); return id; };
    try { Object.defineProperty(w, key, { value: add }); } catch (e) {}
    w.addEventListener("message", function (e) {
      var m = typeof e.data == "string" && /^pymxPYMx([\w-]{1,100})xPYMxheightxPYMx(\d{1,9})$/.exec(e.data),
        x = m && frames.get(m[1]);
      if (x && e.source === x[0].contentWindow && e.origin === x[1]) x[0].height = clamp(+m[2]);
    });
  }
  function mount(el) {
    var url, f, id;
    if (el.hasAttribute("data-article-viewer-id")) return;
    try { url = new URL(el.getAttribute("data-article-viewer"), src); } catch (e) { return; }
    if (url.origin !== origin) return;
    f = d.createElement("iframe");
    id = add(f, origin);
    url.searchParams.set("embed", "1");
    url.searchParams.set("childId", id);
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox");
    f.allow = "clipboard-write";
    f.src = url.href;
    f.title = el.getAttribute("data-title") || "Article viewer";
    f.loading = "lazy";
    f.width = "100%";
    f.height = clamp(+el.getAttribute("data-height") || 640);
    f.setAttribute("scrolling", "no");
    f.style.cssText = "border:0;display:block";
    el.setAttribute("data-article-viewer-id", id);
    el.appendChild(f);
  }
  [].forEach.call(d.querySelectorAll("[data-article-viewer]"), mount);
})(window, document);
