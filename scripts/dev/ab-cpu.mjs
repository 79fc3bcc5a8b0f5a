// A/B of two BUILT roots by CPU time, loaded in both orders: `node scripts/dev/ab-cpu.mjs <rootA> <rootB>`.
// Why not one in-process run: in one process the root loaded second parses 10-16% slower whichever it is (two copies of
// the same build: +16.0%, session 26), a bias larger than any speed step. So each order runs in a child process of its
// own, and per family the two ratios are combined (their geometric mean cancels the bias, which is also printed). And
// CPU time (`process.cpuUsage`) rather than wall time: on a loaded machine a parse's wall time is mostly time spent
// waiting for a core. EVERY=8 (every 8th bench document), OFF=0, R=3 (parses per document and root, summed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [first, second, child] = process.argv.slice(2);
if (child === '--child') await measure(resolve(first), resolve(second));
else if (!first || !second) throw new Error('usage: ab-cpu.mjs <rootA> <rootB>');
else compare(resolve(first), resolve(second));

/** Parses the documents with both roots (loaded in the order given) and prints each root's CPU ms per family as JSON. */
async function measure(...roots) {
  const parsers = await Promise.all(roots.map(async (root) => (await import(pathToFileURL(resolve(root, 'dist/libs/minutes/src/parser/parse-minutes.js')).href)).parseMinutes));
  const { benchDocuments } = await import(pathToFileURL(resolve(roots[0], 'dist/libs/minutes/src/layouts/bench-documents.js')).href);
  const { LAYOUT_FIXTURES } = await import(pathToFileURL(resolve(roots[0], 'dist/libs/minutes/src/fixtures/layout-fixtures.js')).href);
  const family = new Map(LAYOUT_FIXTURES.map((fixture) => [fixture.name, fixture.family]));
  const every = Number(process.env.EVERY ?? 8), rounds = Number(process.env.R ?? 3);
  const docs = benchDocuments('one-meeting').filter((_doc, index) => index % every === Number(process.env.OFF ?? 0));
  for (const doc of docs) for (const parse of parsers) parse(doc.text, doc.name);
  const cpu = () => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  };
  const byFamily = {};
  for (let round = 0; round < rounds; round++) {
    for (const [index, doc] of docs.entries()) {
      const sums = (byFamily[family.get(doc.name) ?? '?'] ??= [0, 0]);
      for (const side of (round + index) % 2 ? [1, 0] : [0, 1]) {
        const start = cpu();
        parsers[side](doc.text, doc.name);
        sums[side] += (cpu() - start) / 1000;
      }
    }
  }
  // (Keyed by root, not by the order of loading.)
  console.log(JSON.stringify({ roots, byFamily }));
}

function compare(rootA, rootB) {
  const run = (roots) => {
    const result = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...roots, '--child'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (result.status !== 0) throw new Error(result.stderr);
    const { byFamily } = JSON.parse(result.stdout.trim().split('\n').pop());
    // As [A, B] whichever was loaded first.
    return roots[0] === rootA ? byFamily : Object.fromEntries(Object.entries(byFamily).map(([name, [x, y]]) => [name, [y, x]]));
  };
  const aFirst = run([rootA, rootB]);
  const bFirst = run([rootB, rootA]);
  const row = (name, [a1, b1], [a2, b2]) => {
    const ratio = Math.sqrt((b1 / a1) * (b2 / a2));
    const bias = Math.sqrt((b1 / a1) / (b2 / a2));
    console.log(name.padEnd(30), (a1 + a2).toFixed(0).padStart(7), (b1 + b2).toFixed(0).padStart(7), `${(100 * (ratio - 1)).toFixed(1)}%`.padStart(7), `  (second loaded: ${(100 * (bias - 1)).toFixed(1)}%)`);
  };
  console.log('family'.padEnd(30), 'A cpu ms'.padStart(7), 'B cpu ms'.padStart(7), 'B vs A');
  const total = [[0, 0], [0, 0]];
  for (const name of Object.keys(aFirst).sort()) {
    row(name, aFirst[name], bFirst[name]);
    for (const side of [0, 1]) {
      total[0][side] += aFirst[name][side];
      total[1][side] += bFirst[name][side];
    }
  }
  row('TOTAL', total[0], total[1]);
}
