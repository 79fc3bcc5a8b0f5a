import { parseMinutes } from './parse-minutes.js';

// Conventions behind the fixtures' last misses (twentieth session), each written with invented text.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const treatments = (text: string) =>
  parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : (treatment.outcome ?? null)]));

describe('an earlier verdict told in the perfect tense, the date between `har` and the participle', () => {
  const council = (prose: string) =>
    ['Byrådet', 'Referat af mødet den 2. juni 2009', '', '12.   TILSKUD TIL NY BRO.', '      Sagsnr. 09/1234', '', prose, '', 'Byrådets beslutning:', 'Godkendt.', '', '13.   MEDDELELSER.', '      Sagsnr. 09/0001', '', 'Byrådets beslutning:', 'Taget til efterretning.'].join('\n');

  it('reads `<organ> har den <dato> anbefalet ...` as that body`s recommendation', () => {
    expect(treatments(council('Plan- og Miljøudvalget har den 12.05.2009 anbefalet projektet.'))).toEqual([[['Plan- og Miljøudvalget', '2009-05-12', [], 'recommended']], []]);
  });

  it('reads `Udvalget har herefter den ...` as the committee the sentence before named, not the council', () => {
    const prose = 'Plan- og Miljøudvalget behandlede sagen den 14.04.2009 og udsatte den. Udvalget har herefter den 12.05.2009 anbefalet projektet.';
    expect(treatments(council(prose))).toEqual([
      [
        ['Plan- og Miljøudvalget', '2009-04-14', [], 'postponed'],
        ['Plan- og Miljøudvalget', '2009-05-12', [], 'recommended'],
      ],
      [],
    ]);
  });

  it('reads an item number after the date and `udsat` / `godkendt` as the verdict', () => {
    expect(treatments(council('Økonomiudvalget har den 5. maj 2009, pkt. 7, godkendt rammen.'))).toEqual([[['Økonomiudvalget', '2009-05-05', [7], 'approved']], []]);
    expect(treatments(council('Økonomiudvalget har den 5. maj 2009 udsat sagen.'))).toEqual([[['Økonomiudvalget', '2009-05-05', [], 'postponed']], []]);
  });

  it('takes no body from a kind alone that nothing before names, in another body`s minutes', () => {
    expect(treatments(council('Nævnet har den 5. maj 2009 anbefalet projektet.'))).toEqual([[], []]);
  });
});
