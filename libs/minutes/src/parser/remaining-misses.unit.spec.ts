import { readOutcome } from './decision-outcome.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions behind the facts the layout fixtures still missed in the twenty-first session (invented texts, one
// convention each).

const FIRST_AGENDA_HEAD = 'REFERAT Prøveudvalget d. 07-05-2025\n\nMødedato Onsdag d. 7. maj 2025 kl. 16:00\n\n';
const decisionOf = (decision: string) =>
  parseMinutes(`${FIRST_AGENDA_HEAD}Punkt 1: Kvartalsrapport\nEMN-2025-000321\nBeslutninger\n${decision}\n`, 'synthetic.txt').items[0]!.decision;

describe('forwarding a case on: routing unless a recommendation is said', () => {
  it.each([
    ['Fremsendes til Økonomiudvalget.', 'other'],
    ['Sagen fremsendes til Byrådet.', 'other'],
    ['Videresendes til Kommunalbestyrelsen.', 'other'],
    ['Oversendes til Økonomiudvalget.', 'other'],
    ['Fremsendes til Byrådet med anbefaling.', 'recommended'],
    ['Videresendes til Byrådet med udvalgets anbefaling.', 'recommended'],
  ])('reads `%s` as %s', (text, outcome) => {
    expect(readOutcome(text)).toMatchObject({ outcome, postponed: false });
  });

  it('reads the same in an item, naming the body only where the forwarding recommends', () => {
    expect(decisionOf('Fremsendes til Økonomiudvalget.')).toMatchObject({ outcome: 'other' });
    expect(decisionOf('Fremsendes til Økonomiudvalget.')?.recommendedTo).toBeUndefined();
    expect(decisionOf('Fremsendes til Økonomiudvalget med anbefaling.')).toMatchObject({ outcome: 'recommended', recommendedTo: 'Økonomiudvalget' });
  });
});

describe('votes counted in a table cell', () => {
  it('reads the minority`s parties when the count wraps before its number (`... med 4 stemmer mod` / `1 (C).`)', () => {
    expect(decisionOf('Godkendt med 4 stemmer mod\n1 (C).')).toMatchObject({ outcome: 'approved', votes: [{ position: 'against', who: 'C' }] });
    expect(decisionOf('Vedtaget med 6 stemmer for (A og F) mod\n3 (V og O).')?.votes?.map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'A og F'],
      ['against', 'V og O'],
    ]);
  });
});
