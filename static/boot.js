// Starts the wasm app. A file, not an inline script, so the page runs under a CSP without
// 'unsafe-inline'. Trunk writes the hashed names of the JS glue and the wasm into data attributes.
// If the wasm cannot load, or traps later (a Rust panic aborts), the prerendered page stays as it
// is and a small notice says interactivity is unavailable.
const boot = document.getElementById("viewer-boot");

function unavailable(error) {
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

try {
  const glue = await import(boot.dataset.js);
  await glue.default({ module_or_path: boot.dataset.wasm });
} catch (error) {
  unavailable(error);
}
