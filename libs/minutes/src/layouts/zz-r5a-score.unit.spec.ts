import { LAYOUT_FIXTURES, scoreLayoutFixtures } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import { parsedAsActual } from './parsed-as-actual.js';

const MINE = ['varde-', 'odder-', 'billund-', 'skive-', 'struer-', 'thyholm-', 'esbjerg-', 'morsoe-'];
it('scores round five A', () => {
  const fixtures = LAYOUT_FIXTURES.filter((f) => MINE.some((p) => f.name.startsWith(p)));
  const score = scoreLayoutFixtures((text, name) => parsedAsActual(parseMinutes(text, name)), fixtures);
  const out = score.fixtures.map(({ name, score: s }) => `${name} ${s.found}/${s.total} ${(s.ratio * 100).toFixed(1)}%\n` +
    Object.entries(s.categories).flatMap(([c, t]) => t.misses.map((m) => `   ${c}: ${m.fact} exp ${JSON.stringify(m.expected)} read ${JSON.stringify(m.read)}`)).join('\n') + `\n   unexpected: ${s.unexpectedItems.join(' | ')}`);
  process.stdout.write(`${out.join('\n')}\nTOTAL ${score.found}/${score.total} ${(score.ratio * 100).toFixed(1)}%\n`);
  expect(score.total).toBeGreaterThan(0);
});
