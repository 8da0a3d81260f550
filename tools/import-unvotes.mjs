// Import the UN General Assembly voting record (the `unvotes` R package's data, as gzip'd CSV) into
// the compact, line-oriented form the project carries in data/unvotes/ (format: data/unvotes/README.md).
//
//   node tools/import-unvotes.mjs [SOURCE_DIR]
//
// SOURCE_DIR holds un_votes.csv.gz and un_roll_calls.csv.gz; it defaults to ../shared/data/unvotes
// relative to the repository root. The output is deterministic: the same input gives the same bytes.
// Node 20, no dependencies.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

const root = resolve(import.meta.dirname, "..");
const source = process.argv[2] ? resolve(process.argv[2]) : resolve(root, "../shared/data/unvotes");
const out = join(root, "data/unvotes");

/** Fail with a message naming the file and, when known, the 1-based line. */
function fail(file, line, message) {
  console.error(`import-unvotes: ${file}${line ? `:${line}` : ""}: ${message}`);
  process.exit(1);
}

/**
 * RFC 4180 records: fields separated by commas, records by CRLF or LF; a field may be quoted with
 * `"`, inside which `""` is one quote and commas and line breaks are literal. Backslashes are plain
 * characters. Returns [{ line, fields }], `line` being where the record starts (1-based).
 */
function parseCsv(text, file) {
  const records = [];
  let fields = [];
  let field = "";
  let line = 1;
  let start = 1;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  let atFieldStart = true;
  while (i < n) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      // A quoted field runs to the next quote that is not doubled.
      i++;
      for (;;) {
        if (i >= n) fail(file, start, "quoted field is not closed");
        const q = text.indexOf('"', i);
        if (q < 0) fail(file, start, "quoted field is not closed");
        const chunk = text.slice(i, q);
        for (let k = chunk.indexOf("\n"); k >= 0; k = chunk.indexOf("\n", k + 1)) line++;
        field += chunk;
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const next = text[i];
      if (i < n && next !== "," && next !== "\n" && next !== "\r") {
        fail(file, line, `unexpected ${JSON.stringify(next)} after a quoted field`);
      }
      atFieldStart = false;
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
      atFieldStart = true;
      i++;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = "";
      atFieldStart = true;
      line++;
      start = line;
    } else {
      if (c === '"') fail(file, line, "quote inside an unquoted field");
      // Unquoted run up to the next delimiter.
      let j = i;
      while (j < n && text[j] !== "," && text[j] !== "\n" && text[j] !== "\r" && text[j] !== '"') j++;
      field += text.slice(i, j);
      i = j;
      atFieldStart = false;
    }
  }
  if (fields.length > 0 || field !== "" || !atFieldStart) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records;
}

/** Records of a gzip'd CSV after checking its header; each row as an object keyed by column. */
function table(name, header) {
  const path = join(source, name);
  let text;
  try {
    text = gunzipSync(readFileSync(path)).toString("utf8");
  } catch (e) {
    fail(name, 0, `cannot read ${name} in the source folder (${e.code ?? e.message})`);
  }
  const [head, ...rows] = parseCsv(text, name);
  if (!head || head.fields.join(",") !== header.join(",")) {
    fail(name, 1, `expected header ${header.join(",")}, found ${head ? head.fields.join(",") : "nothing"}`);
  }
  return rows.map(({ line, fields }) => {
    if (fields.length !== header.length) fail(name, line, `expected ${header.length} fields, found ${fields.length}`);
    const row = { line };
    header.forEach((h, k) => (row[h] = fields[k]));
    return row;
  });
}

/** One line of text: tabs and line breaks (and any run of white space) become one space, trimmed. */
const oneLine = (s) => s.replace(/\s+/g, " ").trim();

/** `R/69/188` → `A/RES/69/188`; newer symbols (`A/RES/74/7`) and odd ones are kept as they are. */
const symbol = (s) => {
  const t = s.trim();
  return /^R\/\d+\//.test(t) ? `A/RES/${t.slice(2)}` : t;
};

/** The title before a "Title : resolution / adopted by the General Assembly" marker, or "". */
function markedTitle(text) {
  const t = oneLine(text);
  const marker = t.search(/\s*:\s*(resol|draft resol|report\b)|\s*:$/i);
  return marker > 0 ? t.slice(0, marker).trim() : "";
}

/**
 * The resolution's title, when the source gives one: newer rows write "Title : resolution /
 * adopted by the General Assembly" in the description (or, in a few rows, in the short title);
 * rows of sessions 42–60 or so give the title alone. Old-style upper-case descriptions of the
 * motion ("TO ADOPT ..."), meeting transcripts ("The President: ...") and descriptions that
 * start with a document symbol are not titles.
 */
function title(short, descr) {
  const marked = markedTitle(descr) || markedTitle(short);
  if (marked) return marked;
  const d = oneLine(descr);
  const plain =
    d !== "" && d.length <= 200 && d !== d.toUpperCase() && !/^(The (Acting )?President\b|A\/)/.test(d);
  return plain ? d : "";
}

/** A 0/1 flag: "0", "1", or "" when the source does not say. */
function flag(value, name, line, column) {
  const v = value.trim();
  if (v === "" || v === "0" || v === "1") return v;
  if (v === "0.0" || v === "1.0") return v[0];
  fail(name, line, `${column} must be 0, 1 or empty, found ${JSON.stringify(value)}`);
}

const ROLL_CALLS = "un_roll_calls.csv.gz";
const VOTES = "un_votes.csv.gz";

const calls = table(ROLL_CALLS, ["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"]).map(
  (r) => {
    if (!/^[1-9]\d*$/.test(r.rcid)) fail(ROLL_CALLS, r.line, `rcid must be a positive integer, found ${r.rcid}`);
    const session = Number(r.session);
    if (!Number.isInteger(session) || session < 1) fail(ROLL_CALLS, r.line, `bad session ${r.session}`);
    if (!/^\d{4}-\d\d-\d\d$/.test(r.date)) fail(ROLL_CALLS, r.line, `bad date ${r.date}`);
    return {
      rcid: Number(r.rcid),
      session,
      date: r.date,
      symbol: oneLine(symbol(r.unres)),
      amend: flag(r.amend, ROLL_CALLS, r.line, "amend"),
      para: flag(r.para, ROLL_CALLS, r.line, "para"),
      important: flag(r.importantvote, ROLL_CALLS, r.line, "importantvote"),
      short: markedTitle(r.short) || oneLine(r.short),
      title: title(r.short, r.descr),
    };
  },
);
calls.sort((a, b) => a.rcid - b.rcid);
const byRcid = new Map();
for (const c of calls) {
  if (byRcid.has(c.rcid)) fail(ROLL_CALLS, 0, `rcid ${c.rcid} appears twice`);
  byRcid.set(c.rcid, c);
}

// Countries: every distinct (code, name) pair, sorted by code then name (empty codes first).
const votes = table(VOTES, ["rcid", "country", "country_code", "vote"]);
const pairs = new Map();
for (const v of votes) {
  const code = v.country_code.trim();
  const name = oneLine(v.country);
  if (name === "") fail(VOTES, v.line, "empty country name");
  if (code !== "" && !/^[A-Z]{2}$/.test(code)) fail(VOTES, v.line, `bad country code ${JSON.stringify(code)}`);
  pairs.set(`${code}\t${name}`, { code, name });
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const countries = [...pairs.values()].sort((a, b) => cmp(a.code, b.code) || cmp(a.name, b.name));
const index = new Map(countries.map((c, k) => [`${c.code}\t${c.name}`, k]));

const LETTER = { yes: "y", no: "n", abstain: "a" };
for (const c of calls) c.votes = new Array(countries.length).fill(".");
for (const v of votes) {
  const call = byRcid.get(Number(v.rcid));
  if (!call) fail(VOTES, v.line, `rcid ${v.rcid} is not a roll call`);
  const letter = LETTER[v.vote];
  if (!letter) fail(VOTES, v.line, `unknown vote ${JSON.stringify(v.vote)}`);
  const k = index.get(`${v.country_code.trim()}\t${oneLine(v.country)}`);
  if (call.votes[k] !== ".") fail(VOTES, v.line, `${v.country} has two rows in rcid ${v.rcid}`);
  call.votes[k] = letter;
}

mkdirSync(out, { recursive: true });
const countryLines = countries.map((c, k) => `${k}\t${c.code}\t${c.name}\n`).join("");
writeFileSync(join(out, "countries.tsv"), countryLines);
const head = "rcid\tsession\tdate\tsymbol\tamend\tpara\timportant\tshort\ttitle\tvotes\n";
const callLines = calls
  .map((c) =>
    [c.rcid, c.session, c.date, c.symbol, c.amend, c.para, c.important, c.short, c.title, c.votes.join("")].join("\t"),
  )
  .join("\n");
writeFileSync(join(out, "roll_calls.tsv"), `${head}${callLines}\n`);

// Checks against figures published elsewhere (data/SOURCES.md).
function totals(rcid) {
  const v = byRcid.get(rcid)?.votes ?? [];
  return ["y", "n", "a"].map((l) => v.filter((x) => x === l).length).join("-");
}
for (const [rcid, expected] of [
  [5377, "116-20-53"],
  [5309, "100-11-58"],
]) {
  if (totals(rcid) !== expected) fail(VOTES, 0, `rcid ${rcid} totals ${totals(rcid)}, expected ${expected}`);
}
console.log(
  `import-unvotes: ${calls.length} roll calls, ${votes.length} votes, ${countries.length} countries -> ${out.slice(root.length + 1)}/`,
);
