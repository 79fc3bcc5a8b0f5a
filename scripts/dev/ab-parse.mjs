// In-process A/B of two BUILT roots: both parse each bench document in turn (order alternating), min of R parses per document,
// summed per family (ms). Robust to a loaded machine: both builds see the same load. EVERY=4 (every 4th document), OFF=0, R=5.
// Usage: node --max-semi-space-size=32 --no-allocation-site-pretenuring scripts/dev/ab-parse.mjs <rootA> <rootB>
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
const roots = process.argv.slice(2, 4).map((r) => resolve(r));
const parsers = await Promise.all(roots.map(async (root) => (await import(pathToFileURL(resolve(root, 'dist/libs/minutes/src/parser/parse-minutes.js')).href)).parseMinutes));
const { benchDocuments } = await import(pathToFileURL(resolve(roots[0], 'dist/libs/minutes/src/layouts/bench-documents.js')).href);
const { LAYOUT_FIXTURES } = await import(pathToFileURL(resolve(roots[0], 'dist/libs/minutes/src/fixtures/layout-fixtures.js')).href);
const fam = new Map(LAYOUT_FIXTURES.map((f) => [f.name, f.family]));
const every = Number(process.env.EVERY ?? 4), R = Number(process.env.R ?? 5);
const docs = benchDocuments('one-meeting').filter((d, i) => i % every === Number(process.env.OFF ?? 0));
for (const d of docs) for (const p of parsers) p(d.text, d.name);
const agg = new Map(); const tot = [0, 0];
for (const [i, d] of docs.entries()) {
  const best = [Infinity, Infinity];
  for (let r = 0; r < R; r++) for (const k of (r + i) % 2 ? [1, 0] : [0, 1]) { const t0 = performance.now(); parsers[k](d.text, d.name); best[k] = Math.min(best[k], performance.now() - t0); }
  const f = fam.get(d.name) ?? '?'; const a = agg.get(f) ?? [0, 0]; a[0] += best[0]; a[1] += best[1]; agg.set(f, a); tot[0] += best[0]; tot[1] += best[1];
}
for (const [f, [a, b]] of [...agg].sort()) console.log(f.padEnd(30), a.toFixed(0).padStart(6), b.toFixed(0).padStart(6), ((100 * (b - a)) / a).toFixed(1).padStart(6) + '%');
console.log('TOTAL'.padEnd(30), tot[0].toFixed(0).padStart(6), tot[1].toFixed(0).padStart(6), ((100 * (tot[1] - tot[0])) / tot[0]).toFixed(1).padStart(6) + '%');
