// Writes data/geo/iso3166-numeric.tsv (ISO 3166-1 numeric code → alpha-2 code and short name) from
// Debian's iso-codes package (`apt-get install iso-codes`), for joining world-atlas geometries (keyed
// by the numeric code) to roll calls (keyed by alpha-2). Run once; the output is committed.
//   node tools/import-iso3166.mjs [path/to/iso_3166-1.json]
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '/usr/share/iso-codes/json/iso_3166-1.json';
const rows = JSON.parse(readFileSync(source, 'utf8'))['3166-1']
  .map((c) => [c.numeric, c.alpha_2, c.name])
  .sort((a, b) => a[0].localeCompare(b[0]));
const header = '# numeric\talpha-2\tname (ISO 3166-1, from Debian iso-codes; see data/SOURCES.md)\n';
writeFileSync('data/geo/iso3166-numeric.tsv', header + rows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`wrote ${rows.length} countries`);
