// Lays out the hostile-input corpus as a seeds folder for a test build of the page:
// tests/hostile/*.txt plus one megabyte of generated article-like text.
import { mkdirSync, readdirSync, copyFileSync, writeFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "target/hostile-seeds");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of readdirSync(join(root, "tests/hostile")).filter((n) => n.endsWith(".txt"))) {
  copyFileSync(join(root, "tests/hostile", name), join(out, name));
}
const paragraph = 'UNITED NATIONS (AFP) - Delegates met again on Monday. "We will act," said Ambassador Jane Doe of the US. The resolution passed 120-30-40.\n\n';
writeFileSync(join(out, "10-one-megabyte.txt"), "A very long article\n\n" + paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)));
console.log(`hostile seeds in ${out}`);
