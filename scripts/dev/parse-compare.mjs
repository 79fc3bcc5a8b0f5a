// Do two BUILT checkouts read every document alike? `node scripts/dev/parse-compare.mjs <base> <new>`.
// Parses each fixture, its bench copies (one-meeting and repeated, three seeds) and perturbed copies under every
// perturbation kind with both parsers and lists the documents whose parsed minutes differ (or whose errors differ).
// For refactors and speed work, whose promise is "same output": a difference is a finding, not noise.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const roots = process.argv.slice(2, 4).map((r) => resolve(r));
if (roots.length !== 2) throw new Error('usage: parse-compare.mjs <base root> <new root>');
const loadFrom = (root) => (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const parsers = await Promise.all(roots.map(async (root) => (await loadFrom(root)('libs/minutes/src/parser/parse-minutes.js')).parseMinutes));
const load = loadFrom(roots[0]);
const { LAYOUT_FIXTURES } = await load('libs/minutes/src/fixtures/layout-fixtures.js');
const { benchDocuments } = await load('libs/minutes/src/layouts/bench-documents.js');
const { perturbFixture, PERTURBATION_KINDS, ARTEFACT_KINDS } = await load('libs/minutes/src/fixtures/index.js');

const documents = [];
for (const f of LAYOUT_FIXTURES) documents.push({ name: f.name, label: f.name, text: f.text });
for (const style of ['one-meeting', 'repeated']) for (const d of benchDocuments(style)) documents.push({ name: d.name, label: `${d.name} ${style}#${d.seed}`, text: d.text });
const kinds = [...PERTURBATION_KINDS, ...ARTEFACT_KINDS];
for (const f of LAYOUT_FIXTURES) for (const kind of kinds) for (const seed of [1, 2]) {
  documents.push({ name: f.name, label: `${f.name} ${kind}#${seed}`, text: perturbFixture(f, { kinds: [kind], seed }) });
}
const reading = (parse, d) => { try { return JSON.stringify(parse(d.text, d.name)); } catch (error) { return `error ${error?.code ?? ''} ${error?.message}`; } };
let differ = 0;
for (const d of documents) {
  const [a, b] = parsers.map((parse) => reading(parse, d));
  if (a === b) continue;
  differ++;
  if (differ <= Number(process.env.LIMIT ?? 40)) {
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    console.log(`DIFF ${d.label}\n  base: ${a.slice(Math.max(0, at - 80), at + 120)}\n  new:  ${b.slice(Math.max(0, at - 80), at + 120)}`);
  }
}
console.log(`${differ} of ${documents.length} documents read differently`);
process.exitCode = differ === 0 ? 0 : 1;
