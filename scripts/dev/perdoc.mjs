// Parse time per bench document of a BUILT checkout, steadier than `npm run bench` for comparing two builds:
// `node --no-allocation-site-pretenuring --max-semi-space-size=32 scripts/dev/perdoc.mjs [root]`.
// Each document's figure is the minimum of R (default 5) parses, each after a parse of another document (as the
// bench does, so the parser's memo of short texts holds another document's readings). Prints per family the
// median and worst ms per 50 KB and the worst document; FAMILY= narrows, DOC= (name part) narrows, ALL=N lists
// the N slowest documents, STYLE=repeated uses the repeated copies instead of the one-meeting ones.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { parseMinutes } = await load('libs/minutes/src/parser/parse-minutes.js');
const { benchDocuments } = await load('libs/minutes/src/layouts/bench-documents.js');

const R = Number(process.env.R ?? 5);
let documents = benchDocuments(process.env.STYLE ?? 'one-meeting');
if (process.env.FAMILY) documents = documents.filter((d) => d.family === process.env.FAMILY);
if (process.env.DOC) documents = documents.filter((d) => d.name.includes(process.env.DOC));
for (const d of documents) parseMinutes(d.text, d.name);
const best = documents.map(() => Infinity);
const other = (i) => documents[(i + (documents.length >> 1)) % documents.length];
for (let round = 0; round < R; round++) {
  documents.forEach((d, i) => {
    const o = other(i);
    parseMinutes(o.text, o.name);
    const started = performance.now();
    parseMinutes(d.text, d.name);
    best[i] = Math.min(best[i], performance.now() - started);
  });
}
const per50 = documents.map((d, i) => ({ d, ms: (best[i] * 51200) / Buffer.byteLength(d.text, 'utf8') }));
const families = new Map();
for (const entry of per50) families.set(entry.d.family, [...(families.get(entry.d.family) ?? []), entry]);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
let medians = [];
for (const [family, entries] of families) {
  const worst = entries.reduce((a, b) => (b.ms > a.ms ? b : a));
  const m = median(entries.map((e) => e.ms));
  medians.push(m);
  console.log(`${family.padEnd(28)} median ${m.toFixed(2)}  worst ${worst.ms.toFixed(2)}  ${worst.d.name}#${worst.d.seed}`);
}
console.log(`median of family medians ${median(medians).toFixed(2)}; documents ${documents.length}`);
if (process.env.ALL) for (const e of per50.sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.ALL))) console.log(`  ${e.ms.toFixed(2)} ${e.d.family} ${e.d.name}#${e.d.seed}`);
