import { readOutcome } from './decision-outcome.js';
import { parseMinutes } from './parse-minutes.js';
import { withoutOcrConfusions } from './prepass/ocr-confusions.js';

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

describe('the meeting`s place told in the head`s sentences', () => {
  const headOf = (...head: string[]) => parseMinutes([...head, '', 'Pkt. 1. Godkendelse af dagsorden.', '', 'Udvalgets beslutning:', 'Godkendt.'].join('\n'), 'synthetic.txt').meeting;

  it('reads the place wrapped onto its own line under the sentence`s date and time (`... kl. 19.00` / `på <sted>.`)', () => {
    const meeting = headOf('PRØVE KOMMUNE', '', 'R E F E R A T', '', 'af ordinært møde i Prøve Byråd onsdag den 14. marts 2001 kl. 18.30', 'på Rådhuset, Mødesal 2.');
    expect(meeting).toMatchObject({ date: '2001-03-14', location: 'Rådhuset, Mødesal 2' });
  });

  it('reads a sentence that names only the place, the date given above (`Mødet blev holdt i <sted>.`)', () => {
    const meeting = headOf('Referat af Prøveudvalgets møde d. 14.03.2016', 'Mødet blev holdt i Mødesal 2, Torvet 5.');
    expect(meeting).toMatchObject({ date: '2016-03-14', location: 'Mødesal 2, Torvet 5' });
  });
});

describe('a case sent on for another body`s work', () => {
  it.each([
    ['Sendes til Plan- og Miljøudvalget med henblik på en prioritering.', 'other'],
    ['Sagen sendes til Direktionen med henblik på en vurdering af økonomien.', 'other'],
  ])('reads `%s` as routing (%s, not unrecognised)', (text, outcome) => {
    expect(readOutcome(text)).toMatchObject({ outcome, postponed: false });
    expect(readOutcome(text).unrecognised).toBeUndefined();
  });
});

describe('a case sent on for another body`s work, OCR`d', () => {
  it('reads `henblik` misread with `1` for `l` back, so the routing phrase reads', () => {
    const text = withoutOcrConfusions('Sendes til Plan- og Miljøudvalget med henb1ik på en prioritering.');
    expect(text).toBe('Sendes til Plan- og Miljøudvalget med henblik på en prioritering.');
    expect(readOutcome(text)).toMatchObject({ outcome: 'other', postponed: false });
  });
});
