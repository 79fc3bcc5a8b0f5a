import { parseMinutes } from './parse-minutes.js';

// Conventions the twenty-first held-out round of issue 12 (half B: Hovedstaden, Sjælland and Nordjylland) showed the
// reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the twenty-first held-out round (half B)', () => {
  it('reads a `Sagsforløb` table of rows `<organ>, punkt N` whose right-aligned date comes on the line after the row (a PDF viewer`s copy)', () => {
    const text = [
      'REFERAT',
      'Fritidsudvalget d. 04-03-2026',
      'Mødedato',
      'Onsdag d. 4. marts 2026 kl. 16:00',
      'Punkt 1: Godkendelse af dagsorden',
      'EMN-2026-000101',
      'Beslutninger',
      'Godkendt.',
      'Punkt 2: Ny kunstgræsbane i Nordby',
      'EMN-2026-000233',
      'Beslutninger',
      'Godkendt.',
      'Resume',
      'Banen koster 3 mio. kr.',
      'Sagsforløb',
      'Fritidsudvalget, punkt 7',
      '04-02-2026',
      'Udsat.',
      'Anne Berg (A) var fraværende.',
      'Økonomiudvalget, pkt. 12 11-02-2026',
      'Anbefales.',
    ].join('\n');
    const item = parse(text).items.find((candidate) => candidate.number === 2)!;
    expect(item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : treatment.outcome])).toEqual([
      ['Fritidsudvalget', '2026-02-04', [7], 'postponed'],
      ['Økonomiudvalget', '2026-02-11', [12], 'recommended'],
    ]);
    expect(item.course).toEqual([]);
  });
});
