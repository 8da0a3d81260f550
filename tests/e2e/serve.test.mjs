// `make serve` (trunk serve) builds into target/site and never touches dist/: after a serve has
// built and answered, every file of dist/ (the last `make build`) is byte-identical.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { delimiter, join, relative, resolve } from "node:path";
import { DIST } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");

/** sha256 of every file under `dir`, by relative path. */
function hashes(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** A port nobody is listening on. */
function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

test("trunk serve builds into target/site and leaves dist/ byte-identical", { timeout: 900_000 }, async (t) => {
  assert.ok(existsSync(join(DIST, "index.html")), "dist/ holds a make build");
  const before = hashes(DIST);
  const port = await freePort();
  const env = { ...process.env, PATH: [join(ROOT, "node_modules", ".bin"), join(homedir(), ".cargo", "bin"), process.env.PATH].join(delimiter) };
  const child = spawn("trunk", ["serve", "--address", "127.0.0.1", "--port", String(port), "--no-autoreload"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  t.after(() => child.kill("SIGTERM"));
  let log = "";
  // Trunk prints its address once the build is done and the server is bound.
  await new Promise((ready, fail) => {
    const seen = (d) => {
      log += d;
      if (log.includes(`http://127.0.0.1:${port}/`)) ready();
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.on("close", (code) => fail(new Error(`trunk serve exited with ${code}:\n${log.slice(-2000)}`)));
  });
  const response = await fetch(`http://127.0.0.1:${port}/`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /id="viewer-story"/, "the served page is prerendered");
  assert.ok(existsSync(join(ROOT, "target", "site", "index.html")), "the serve build is in target/site");
  assert.deepEqual(hashes(DIST), before, "dist/ is untouched");
});
