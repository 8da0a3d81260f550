// Article viewer embed loader. On the host page:
//   <div data-article-viewer="https://viewer.example/?view=chart"></div>
//   <script async src="https://viewer.example/embed.js"></script>
// Each div becomes a lazy iframe with a title and a reserved height; the iframe reports its
// content height in the pym.js protocol, and only messages from that iframe's window and the
// viewer's origin are accepted. Several embeds (and several copies of this script) coexist.
(function (w, d) {
  var state = w.__articleViewer || (w.__articleViewer = { n: 0, frames: {} });
  var base = d.currentScript && d.currentScript.src;
  function mount(el) {
    if (el.hasAttribute("data-article-viewer-id")) return;
    var url;
    try { url = new URL(el.getAttribute("data-article-viewer"), base || location.href); } catch (e) { return; }
    if (url.protocol !== "https:" && url.protocol !== "http:") return;
    var id = "article-viewer-" + ++state.n;
    url.searchParams.set("embed", "1");
    url.searchParams.set("childId", id);
    var f = d.createElement("iframe");
    f.src = url.href;
    f.title = el.getAttribute("data-title") || "Article viewer";
    f.loading = "lazy";
    f.width = "100%";
    f.height = el.getAttribute("data-height") || "640";
    f.setAttribute("scrolling", "no");
    f.style.border = "0";
    f.style.display = "block";
    el.setAttribute("data-article-viewer-id", id);
    el.appendChild(f);
    state.frames[id] = { frame: f, origin: url.origin };
  }
  if (!state.listening) {
    state.listening = true;
    w.addEventListener("message", function (e) {
      var m = typeof e.data === "string" && /^pym([\w-]{1,100})xPYMxheightxPYMx(\d{1,6})$/.exec(e.data);
      var entry = m && state.frames[m[1]];
      if (!entry || e.source !== entry.frame.contentWindow || e.origin !== entry.origin) return;
      entry.frame.height = m[2];
    });
  }
  [].forEach.call(d.querySelectorAll("[data-article-viewer]"), mount);
})(window, document);
