// Scores a BUILT checkout on a real-minutes probe kept outside the repository (issue 12's acceptance: facts found on
// minutes the reader never saw, and no refusal of a text naming its committee and date).
// `node scripts/dev/score-probe.mjs <root> <probe-dir>`; the probe directory holds `docs/<name>.txt` (the real text,
// never committed) and `facts/<name>.json` (golden facts as `GoldenMinutes` of fixtures/golden-facts.types.ts, written
// and frozen before any reader ran on the text; optional extra keys: `"outside": true` for a layout outside the
// catalogue, `"namesBoth": false` for a text that does not name committee and date anywhere).
// Each text goes through the import's own acceptance decision (`planDocument`, what POST /imports decides before it
// writes); a refused text scores 0. Prints one line per document, then totals (all, catalogued, outside) and refusals.
// SHOW=1 lists each missed fact; DOC=<part> narrows the documents. `<probe-dir>/addresses.json` ({name: address}), when
// present, gives each text the address it was collected from as the import's `sourceUrl` (the caller's source address).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { probeDocuments } from './probe-dir.mjs';

const root = resolve(process.argv[2] ?? '.');
const probe = resolve(process.argv[3] ?? '.');
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { planDocument } = await load('libs/minutes/src/import/planned-document.js');
const { parsedAsActual } = await load('libs/minutes/src/layouts/parsed-as-actual.js');
const { scoreFacts } = await load('libs/minutes/src/fixtures/score-facts.js');

const documents = probeDocuments(probe);

const sum = () => ({ docs: 0, found: 0, total: 0 });
const totals = { all: sum(), catalogued: sum(), outside: sum() };
const refusals = [];
for (const { name, golden, text, sourceUrl } of documents) {
  let actual = {};
  try {
    const options = sourceUrl ? { sourceUrl } : {};
    const { parsed } = planDocument(text, `${name}.txt`, createHash('sha256').update(text, 'utf8').digest('hex'), 'probe', options, 'default');
    actual = parsedAsActual(parsed);
  } catch (error) {
    if (error?.name !== 'ImportRejected') throw error;
    refusals.push({ name, namesBoth: golden.namesBoth !== false, message: error.message });
  }
  const score = scoreFacts(golden, actual);
  for (const key of ['all', golden.outside ? 'outside' : 'catalogued']) {
    totals[key].docs++;
    totals[key].found += score.found;
    totals[key].total += score.total;
  }
  const unexpected = score.unexpectedItems.length ? ` unexpected items ${score.unexpectedItems.length}` : '';
  console.log(`${name.padEnd(60)} ${String(score.found).padStart(4)}/${String(score.total).padEnd(4)}${unexpected}`);
  if (!process.env.SHOW) continue;
  for (const [category, tally] of Object.entries(score.categories)) {
    for (const miss of tally.misses) console.log(`    ${category} ${JSON.stringify(miss)}`);
  }
}

const percent = (t) => (t.total === 0 ? '-' : `${((100 * t.found) / t.total).toFixed(1)}%`);
for (const [key, t] of Object.entries(totals)) console.log(`${key.toUpperCase().padEnd(11)} ${t.found}/${t.total} (${percent(t)}) over ${t.docs} documents`);
const namingBoth = refusals.filter((refusal) => refusal.namesBoth);
console.log(`REFUSED ${refusals.length} of ${documents.length}, naming committee and date: ${namingBoth.length}`);
for (const refusal of refusals) console.log(`  ${refusal.name}${refusal.namesBoth ? ' [names both]' : ''}: ${refusal.message}`);
