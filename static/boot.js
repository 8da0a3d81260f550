// Starts the wasm app. A file, not an inline script, so the page runs under a CSP without
// 'unsafe-inline'. Trunk writes the hashed names of the JS glue and the wasm into data attributes.
const boot = document.getElementById("viewer-boot");
const root = document.documentElement;

function unavailable(error) {
  root.classList.add("viewer-static");
  const notice = document.getElementById("viewer-notice");
  if (notice) notice.hidden = false;
  // Keep one line in the console for whoever debugs the page; the article itself stays readable.
  console.info("Article viewer: interactivity unavailable", error && error.message ? error.message : error);
}

try {
  const glue = await import(boot.dataset.js);
  await glue.default({ module_or_path: boot.dataset.wasm });
} catch (error) {
  unavailable(error);
}
