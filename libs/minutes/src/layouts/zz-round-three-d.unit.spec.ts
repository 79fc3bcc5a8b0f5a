import { writeFileSync } from 'node:fs';
import { LAYOUT_FIXTURES, scoreLayoutFixtures } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import { parsedAsActual } from './parsed-as-actual.js';

const NAMES = ['holbaek-social-sundhed-aeldre-2025-01-22.txt','roedovre-kultur-og-fritid-2025-03-11.txt','gribskov-social-og-sundhed-2025-01-20.txt','vejen-social-og-aeldre-2025-04-07.txt','hedensted-teknik-og-miljoe-2025-05-06.txt','slagelse-kultur-fritid-landdistrikter-2025-02-04.txt','jammerbugt-boerne-og-skole-2025-03-12.txt','bornholm-natur-og-teknik-2025-02-05.txt','solroed-teknik-og-miljoe-2025-03-17.txt'];
it('scores', () => {
  const all = scoreLayoutFixtures((t, n) => parsedAsActual(parseMinutes(t, n)));
  const out: string[] = [];
  let f = 0, t = 0;
  for (const fx of all.fixtures.filter((x) => NAMES.includes(x.name))) {
    f += fx.score.found; t += fx.score.total;
    out.push(`${fx.name} ${fx.score.found}/${fx.score.total} ${(fx.score.found / fx.score.total * 100).toFixed(1)}%`);
    for (const c of Object.values(fx.score.categories)) for (const m of c.misses) out.push(`   MISS ${JSON.stringify(m)}`);
  }
  out.push(`NEW TOTAL ${f}/${t} ${(f / t * 100).toFixed(1)}%  ALL ${all.found}/${all.total}`);
  const others = all.fixtures.filter((x) => !NAMES.includes(x.name) && x.score.found < x.score.total).map((x) => x.name);
  out.push(`others below 100: ${others.join(', ')}`);
  writeFileSync('/tmp/s6d/score.txt', out.join('\n'));
  expect(LAYOUT_FIXTURES.length).toBeGreaterThan(0);
});
