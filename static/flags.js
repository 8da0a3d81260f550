// Applies the URL flags (view, theme, plain, embed) to <html> before the first paint, so the
// prerendered page already shows the right parts in the right theme. A file (not inline) for the CSP.
(function () {
  var q = new URLSearchParams(location.search), root = document.documentElement;
  var allowed = { view: ["all", "chart", "council", "cards", "article"], theme: ["auto", "light", "dark"] };
  for (var key in allowed) {
    var value = q.get(key);
    if (value && allowed[key].indexOf(value) > 0) root.setAttribute("data-" + key, value);
  }
  if (q.get("plain") === "1") root.setAttribute("data-plain", "");
  if (q.get("embed") === "1") root.setAttribute("data-embed", "");
})();
