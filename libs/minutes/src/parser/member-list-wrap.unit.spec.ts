import { parseMinutes } from './parse-minutes.js';

// A member list on one label's line, wrapped by a PDF-to-text converter between a name and its bracket (invented
// text; the whole-document pdf2html conversion's misses, read in the fourteenth session).

describe('a member list wrapped between a name and its bracket (unit)', () => {
  it('reads `..., Sofie Rahbek` / `(A), Niels Graa (F), ...` / `(direktør)` as one list', () => {
    const lines = [
      'REFERAT Prøveudvalget d. 10-06-2024', 'Mødedato Mandag d. 10. juni 2024 kl. 16:30',
      'Mødedeltagere Karin Vest (A) (formand), Bent Lyhne (V), Sofie Rahbek', '(A), Niels Graa (F), Yasmin Bech (C) (Fraværende), Tove Krogh', '(direktør)',
      '', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    ];
    const participants = parseMinutes(lines.join('\n'), 'synthetic.txt').participants.map(({ name, attendance }) => [name, attendance]);
    expect(participants).toEqual([
      ['Karin Vest', 'attended'],
      ['Bent Lyhne', 'attended'],
      ['Sofie Rahbek', 'attended'],
      ['Niels Graa', 'attended'],
      ['Yasmin Bech', 'absent'],
      ['Tove Krogh', 'attended'],
    ]);
  });
});
