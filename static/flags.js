// Applies the URL flags (view, theme, plain, embed) to <html> before the first paint, so the
// prerendered page already shows the right parts in the right theme. A file (not inline) for the CSP.
// The same rule as src/address.rs: keys and values percent-decoded, and a repeated key's LAST
// value wins (even an invalid one, which means the default).
(function () {
  var q = new URLSearchParams(location.search), root = document.documentElement;
  function last(key) {
    var all = q.getAll(key);
    return all.length ? all[all.length - 1] : null;
  }
  var allowed = { view: ["all", "chart", "council", "cards", "article"], theme: ["auto", "light", "dark"] };
  for (var key in allowed) {
    var value = last(key);
    if (value && allowed[key].indexOf(value) > 0) root.setAttribute("data-" + key, value);
  }
  var embed = last("embed") === "1";
  if (last("plain") === "1" || embed) root.setAttribute("data-plain", "");
  // Embed mode (no page scrolling: the parent sizes the frame to the content) only in a frame.
  // A top-level page with embed=1 is shown plain, and scrolls.
  if (embed && window.parent !== window) root.setAttribute("data-embed", "");
})();
