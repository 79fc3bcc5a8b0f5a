import { parseMinutes } from './parse-minutes.js';

// Conventions the seventh held-out round of issue 12 (half B: Sjælland, Fyn and the islands) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the seventh held-out round (half B)', () => {
  it('reads a pre-2007 referat`s `<Organ>s møde D. måned YYYY Punkt N:` blocks: the council`s own as the decision, the others as earlier treatments', () => {
    const text = [
      'Møde i Byrådet tirsdag den 14. marts 2005, kl. 18.00 i Byrådssalen', '', 'REFERAT', '',
      '1. Ny skolevej', '', 'Prøveudvalget den 1. marts 2005, pkt. 3', '', 'Vejen skal anlægges i 2006.', '',
      'Prøveudvalgets møde 1. marts 2005 Punkt 3:', 'Anbefales.', '',
      'Byrådets møde 14. marts 2005 Punkt 1:', 'Godkendt.', 'For stemte: A og V', 'Imod stemte: Ø',
    ].join('\n');
    const [item] = parse(text).items;
    expect([item!.decision?.outcome, item!.decision?.text]).toEqual(['approved', 'Godkendt.\nFor stemte: A og V\nImod stemte: Ø']);
    expect(item!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome])).toContainEqual(['Prøveudvalget', '2005-03-01', [3], 'recommended']);
  });

  it('does not take a page`s running head of the meeting`s own date, empty under it, for an earlier meeting', () => {
    const text = [
      'Prøveudvalget', 'Referat', 'Dato: 14. marts 2024', '',
      '1. Ny skolevej', 'Beslutning i Prøveudvalget den 12. februar 2024', 'Udsat.', '', 'Beslutning i Prøveudvalget den 14. marts 2024', 'Godkendt.', '',
      '\fPrøveudvalget, 14. marts 2024', '',
      '2. Vintertjeneste', 'Beslutning i Prøveudvalget den 14. marts 2024', 'Godkendt.',
    ].join('\n');
    const [first] = parse(text).items;
    expect(first!.earlierTreatments.map((treatment) => treatment.date)).toEqual(['2024-02-12']);
  });

  it('keeps the name of an item group in capitals (`ØKONOMIUDVALGET` over the group`s first item) out of the item before it', () => {
    const text = [
      'Møde i Byrådet tirsdag den 14. marts 2005, kl. 18.00 i Byrådssalen', '', 'REFERAT', '',
      '1. Meddelelser', 'Byrådets møde 14. marts 2005 Punkt 1:', 'Taget til efterretning.', '', 'SOCIAL- OG SUNDHEDSUDVALGET', '',
      '2. Takster for madservice', 'Byrådets møde 14. marts 2005 Punkt 2:', 'Godkendt.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.decision?.text)).toEqual(['Taget til efterretning.', 'Godkendt.']);
  });
});
