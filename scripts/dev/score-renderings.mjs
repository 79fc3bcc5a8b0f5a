// Scores the parser of a BUILT checkout on every layout fixture under each rendering (`libs/minutes/src/fixtures/
// renderings.ts`: the text another tool chain makes of the same minutes): `node scripts/dev/score-renderings.mjs [root]`.
// Prints, per rendering, the facts found over all fixtures and the families below 100%; KIND=<name part> narrows the
// renderings, FIXTURE=<name part> the fixtures, SEEDS=1,2,3 draws more (default 1); WORST=N lists the N fixtures that
// lose most facts under each rendering, SHOW=1 their missed facts too. A maintainer's tool, not a test.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { parseMinutes } = await load('libs/minutes/src/parser/parse-minutes.js');
const { parsedAsActual } = await load('libs/minutes/src/layouts/parsed-as-actual.js');
const { LAYOUT_FIXTURES } = await load('libs/minutes/src/fixtures/layout-fixtures.js');
const { RENDERING_KINDS } = await load('libs/minutes/src/fixtures/render-fixture.js');
const { scoreUnderRenderings } = await load('libs/minutes/src/fixtures/score-renderings.js');

const read = (text, name) => parsedAsActual(parseMinutes(text, name));
const fixtures = process.env.FIXTURE ? LAYOUT_FIXTURES.filter((fixture) => fixture.name.includes(process.env.FIXTURE)) : LAYOUT_FIXTURES;
const kinds = process.env.KIND ? RENDERING_KINDS.filter((kind) => kind.includes(process.env.KIND)) : RENDERING_KINDS;
const seeds = (process.env.SEEDS ?? '1').split(',').map(Number);
const worst = Number(process.env.WORST ?? 0);

const scores = scoreUnderRenderings(read, seeds, fixtures, kinds);
const percent = (tally) => `${(100 * tally.ratio).toFixed(2)}%`;
const row = (name, score) => {
  const families = Object.entries(score.families)
    .filter(([, tally]) => tally.ratio < 1)
    .sort(([, a], [, b]) => a.ratio - b.ratio)
    .map(([family, tally]) => `${family} ${percent(tally)}`);
  return `${name.padEnd(24)} ${`${score.found}/${score.total}`.padStart(13)} ${percent(score).padStart(7)}  ${families.join(', ')}`;
};
console.log(`facts found per rendering (${fixtures.length} fixtures x seeds ${seeds.join(',')})`);
console.log(row('clean (x1)', scores.clean));
for (const kind of kinds) {
  const score = scores.kinds[kind];
  console.log(row(kind, score));
  if (!worst) continue;
  const clean = new Map(scores.clean.fixtures.map((entry) => [entry.name, entry.score.found]));
  const losing = score.fixtures
    .map((entry) => ({ ...entry, lost: clean.get(entry.name) - entry.score.found }))
    .filter((entry) => entry.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, worst);
  for (const entry of losing) {
    console.log(`    ${entry.name} (${entry.family}): -${entry.lost} (${entry.score.found}/${entry.score.total})`);
    if (process.env.SHOW) for (const [category, tally] of Object.entries(entry.score.categories)) for (const miss of tally.misses) console.log(`        ${category} ${JSON.stringify(miss)}`);
  }
}
