// Scores the parser of a BUILT checkout on every layout fixture: `node scripts/dev/score-fixtures.mjs [root]`.
// Prints the total, each family and each fixture that misses a fact; SHOW=1 lists the missed facts too.
// A maintainer's tool, not a test: the floors in `npm test` are what guards the score.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { parseMinutes } = await load('libs/minutes/src/parser/parse-minutes.js');
const { scoreLayoutFixtures } = await load('libs/minutes/src/fixtures/score-layout-fixtures.js');
const { parsedAsActual } = await load('libs/minutes/src/layouts/parsed-as-actual.js');

const only = process.env.FIXTURE;
const read = (text, name) => parsedAsActual(parseMinutes(text, name));
const { LAYOUT_FIXTURES } = await load('libs/minutes/src/fixtures/layout-fixtures.js');
const fixtures = only ? LAYOUT_FIXTURES.filter((fixture) => fixture.name.includes(only)) : LAYOUT_FIXTURES;
const score = scoreLayoutFixtures(read, fixtures);
console.log(`total ${score.found}/${score.total} (${(100 * score.ratio).toFixed(2)}%) over ${score.fixtures.length} fixtures`);
for (const [family, tally] of Object.entries(score.families)) console.log(`  ${family.padEnd(28)} ${tally.found}/${tally.total}`);
for (const entry of score.fixtures) {
  if (entry.score.found === entry.score.total) continue;
  console.log(`${entry.name}: ${entry.score.found}/${entry.score.total}`);
  if (process.env.SHOW) for (const [category, tally] of Object.entries(entry.score.categories)) for (const miss of tally.misses) console.log(`    ${category} ${JSON.stringify(miss)}`);
}
