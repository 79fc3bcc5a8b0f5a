import fc from 'fast-check';
import { ARTEFACT_KINDS, formatArtefactScores, LAYOUT_FIXTURES, perturbationInvarianceProperty, scoreUnderArtefacts, type ArtefactKind } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import { parsedAsActual } from './parsed-as-actual.js';
import { EIGHTEENTH_ROUND, ELEVENTH_ROUND, NINETEENTH_ROUND, FIFTEENTH_ROUND, FOURTEENTH_ROUND, SEVENTEENTH_ROUND, SIXTEENTH_ROUND, THIRTEENTH_ROUND, TWELFTH_ROUND, notDrawnYet } from './undrawn-fixtures.js';

const read = (text: string, name: string) => parsedAsActual(parseMinutes(text, name));

/** The floor of each kind's fact recall (raise it as the reader improves, never lower it); clean text reads 99.8%. */
// Two floors moved at the ninth round's merge (twelfth session) to their reading over its 16 documents too (185
// fixtures: 98.4% and 97.96%; the 169 earlier ones alone 99.05% and 98.3%).
// Hyphenation moved with the thirteenth round's half B (241 fixtures x 3 seeds: 97.88%, 42935 of 43863; the 233 earlier
// ones alone 98.07%, 41372 of 42186): a pipe-table referat's rows broken at a hyphen are no rows (Solrød 2016).
const KIND_FLOOR: Record<ArtefactKind, number> = {
  hyphenation: 0.978,
  // 98.22% with the tenth round's half A (193 fixtures x 3 seeds); the 185 earlier ones alone 98.40%, main's reader and this round's alike.
  'soft-hyphens': 0.982,
  ligatures: 0.995,
  decomposed: 0.995,
  'zero-width': 0.995,
  // 97.82% at the seventeenth session's merge (265 fixtures x 3 seeds, both halves of the fourteenth round and the
  // thirteenth round's perturbation work together); 97.9% or more before it.
  typographic: 0.978,
  bullets: 0.995,
  'layout-columns': 0.96,
  'page-counters': 0.99,
};
const ALL_TOGETHER_FLOOR = 0.9;

describe('layout families under extraction artefacts (hyphenation, ligatures, NFD, zero-width, typography, bullets, layout spacing, page counters)', () => {
  const scores = scoreUnderArtefacts(read);

  it('prints recall per artefact kind (all fixtures, three seeds each)', () => {
    process.stdout.write(`\nfact recall under extraction artefacts (${LAYOUT_FIXTURES.length} fixtures x 3 seeds):\n${formatArtefactScores(scores)}\n`);
    expect(Object.keys(scores.kinds)).toEqual([...ARTEFACT_KINDS]);
  });

  it.each([...ARTEFACT_KINDS])('%s reads at least its floor of the facts', (kind) => {
    expect({ kind, ratio: Math.min(scores.kinds[kind].ratio, KIND_FLOOR[kind]) }).toEqual({ kind, ratio: KIND_FLOOR[kind] });
  });

  it('reads at least the floor of the facts under all artefacts together', () => {
    expect(scores.all.ratio).toBeGreaterThanOrEqual(ALL_TOGETHER_FLOOR);
  });

  it('reads the same facts under the artefacts the input edge undoes (ligatures, decomposed letters, zero-width characters)', () => {
    // (The eleventh and twelfth rounds' documents in a run of their own, the thirteenth's to the nineteenth's in others, so that the earlier fixtures keep their draws.)
    const drawn = LAYOUT_FIXTURES.filter((fixture) => !notDrawnYet(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: drawn, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 60, seed: 4242 });
    const later = LAYOUT_FIXTURES.filter((fixture) => ELEVENTH_ROUND.has(fixture.name) || TWELFTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: later, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
    // (The thirteenth round's in a run of its own, seventeenth session.)
    const thirteenth = LAYOUT_FIXTURES.filter((fixture) => THIRTEENTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: thirteenth, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
    // (The fourteenth round's in a run of its own, eighteenth session.)
    const fourteenth = LAYOUT_FIXTURES.filter((fixture) => FOURTEENTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: fourteenth, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
    // (The fifteenth round's in a run of its own, nineteenth session.)
    const fifteenth = LAYOUT_FIXTURES.filter((fixture) => FIFTEENTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: fifteenth, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
    // (The sixteenth round's in a run of its own, twentieth session: none of 3,200 draws lost a fact before any fix.)
    const sixteenth = LAYOUT_FIXTURES.filter((fixture) => SIXTEENTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: sixteenth, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
    // (The seventeenth round's in a run of its own, twenty-first session: before the fix 12 of 3,200 draws lost a fact, all
    // Tommerup 2005's, a zero-width character between its converter report's hashes; after it none of 3,200.)
    const seventeenth = LAYOUT_FIXTURES.filter((fixture) => SEVENTEENTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: seventeenth, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
    // (The eighteenth round's in a run of its own, twenty-first session's second wave: 23 of 3,200 draws of a sweep lost a
    // fact, all Kolding 2019's, zero-width characters in a `lynx -dump`'s References list, its heading or a link number,
    // `[2<ZWSP>4]`; since the twenty-second session the dump's pass drops them first, and asks again once the artefacts
    // are gone: none of 3,200.)
    const eighteenth = LAYOUT_FIXTURES.filter((fixture) => EIGHTEENTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: eighteenth, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
    // (The nineteenth round's in a run of its own, twenty-second session's second stint: 17 of 3,200 draws of a sweep lost
    // a title, a zero-width character inside a hyphenated word's rest, `budget-` / `læg<ZWSP>ningen` (Skagen 1981 9, Skovbo
    // 2004 8); since then zero-width characters go before the words are joined: none of 3,200.)
    const nineteenth = LAYOUT_FIXTURES.filter((fixture) => NINETEENTH_ROUND.has(fixture.name));
    fc.assert(perturbationInvarianceProperty(read, { fixtures: nineteenth, kinds: ['ligatures', 'decomposed', 'zero-width'] }), { numRuns: 30, seed: 4242 });
  });
});
