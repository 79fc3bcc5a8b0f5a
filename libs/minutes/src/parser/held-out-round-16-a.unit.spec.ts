import { parseMinutes } from './parse-minutes.js';

// Conventions the sixteenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a referat page through
// `w3m -dump` with box-drawn tables, an eDoc member line `<navn> - stedfortræder for <navn>`, an approval sent on with a
// recommendation, a body's dated verdict with its object after the date, a committee's sending on without a position)
// showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const attendance = (text: string) =>
  parse(text).participants.map(({ name, attendance: status, substituteFor, partial }) => [name, status, substituteFor ?? null, partial ?? null]);
const treatments = (text: string) =>
  parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : (treatment.outcome ?? null)]));

describe('conventions from the sixteenth held-out round (half A)', () => {
  // A text browser's dump of a page whose head and items are bordered two-column tables: labels in the narrow left
  // column (one wrapped over two rows), values wrapped inside the right one, a name broken between two of its lines.
  const drawn = [
    'Kultur- og Fritidsudvalget - Referat',
    '',
    '┌────────────┬──────────────────────────────┐',
    '│Mødedato:   │2. oktober 2018               │',
    '├────────────┼──────────────────────────────┤',
    '│Tidspunkt:  │Kl. 16:30                     │',
    '├────────────┼──────────────────────────────┤',
    '│Mødested:   │Byrådssalen, Rådhuset i Hobro │',
    '├────────────┼──────────────────────────────┤',
    '│Deltagere:  │Jens Holt, Mette Lind, Karl   │',
    '│            │Bach                          │',
    '├────────────┼──────────────────────────────┤',
    '│Afbud:      │Rita Dam                      │',
    '└────────────┴──────────────────────────────┘',
    '',
    '1. Tilskud til kunstgræsbane',
    '',
    '┌────────────┬──────────────────────────────┐',
    '│Sagsnr.:    │18/7712                       │',
    '├────────────┼──────────────────────────────┤',
    '│Tidligere   │Kultur- og Fritidsudvalget 4. │',
    '│behandling: │september 2018, pkt. 6: Udsat.│',
    '├────────────┼──────────────────────────────┤',
    '│Beslutning: │Godkendt. Mette Lind forlod   │',
    '│            │mødet efter punktet.          │',
    '└────────────┴──────────────────────────────┘',
    '',
    '2. Meddelelser',
    '',
    '┌────────────┬──────────────────────────────┐',
    '│Sagsnr.:    │18/7790                       │',
    '├────────────┼──────────────────────────────┤',
    '│Beslutning: │Taget til efterretning.       │',
    '└────────────┴──────────────────────────────┘',
  ].join('\n');

  it('reads the head of a page dumped with box-drawn tables: date, time and place from their rows', () => {
    const { meeting } = parse(drawn);
    expect([meeting.date, meeting.startTime, meeting.location]).toEqual(['2018-10-02', '16:30', 'Byrådssalen, Rådhuset i Hobro']);
  });

  it("reads a box-drawn item's case number, decision and earlier treatment, its wrapped label joined again", () => {
    const minutes = parse(drawn);
    expect(minutes.items.map((item) => [item.number, item.caseNumber, item.decision?.outcome])).toEqual([
      [1, '18/7712', 'approved'],
      [2, '18/7790', 'noted'],
    ]);
    expect(treatments(drawn)[0]).toEqual([['Kultur- og Fritidsudvalget', '2018-09-04', [6], 'postponed']]);
  });

  it('reads the members of a box-drawn head, a name wrapped inside its cell, and one who left during an item', () => {
    expect(attendance(drawn)).toEqual([
      ['Jens Holt', 'attended', null, null],
      ['Mette Lind', 'attended', null, expect.stringContaining('forlod mødet')],
      ['Karl Bach', 'attended', null, null],
      ['Rita Dam', 'apologies', null, null],
    ]);
  });

  it('reads a box-drawn row the extraction broke at a hyphen or a soft hyphen as one row', () => {
    const broken = drawn
      .replace('│Deltagere:  │Jens Holt, Mette Lind, Karl   │', '│Deltagere:  │Jens Holt, Met-\nte Lind, Karl   │')
      .replace('│Sagsnr.:    │18/7790                       │\n├────────────┼──────────────────────────────┤\n│Beslutning: │Taget til efterretning.       │', '│Sagsnr.:    │18/7790                       │\n├────────────┼──────────────────────────────┤\n│Beslutning: │Taget til efter\u00ad\nretning.       │');
    expect(broken).not.toEqual(drawn);
    expect(attendance(broken).map(([name]) => name)).toEqual(['Jens Holt', 'Mette Lind', 'Karl Bach', 'Rita Dam']);
    expect(parse(broken).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'noted']);
  });

  it('reads `<navn> - stedfortræder for <navn>` in an eDoc member list as the substitute, without the dash', () => {
    const text = [
      'Referat',
      '',
      'Socialudvalget',
      '',
      'onsdag den 4. marts 2015, kl. 15:00',
      '',
      'i Mødelokale 2, Rådhuset',
      '',
      'Tilstede',
      '',
      'Eva Krogh - formand',
      'Ib Sand',
      'Lis Borg - stedfortræder for Ole Vang',
      '',
      'Afbud/Fraværende',
      '',
      'Ole Vang',
      '',
      '1. Godkendelse af dagsorden',
      '',
      'Sagsnr.: 2015-00101',
      '',
      'Socialudvalgets beslutning den 04.03.2015 Punkt 1',
      '',
      'Godkendt.',
    ].join('\n');
    expect(attendance(text)).toEqual([
      ['Eva Krogh', 'attended', null, null],
      ['Ib Sand', 'attended', null, null],
      ['Lis Borg', 'attended', 'Ole Vang', null],
      ['Ole Vang', 'apologies', null, null],
    ]);
  });

  it('reads `Godkendt og anbefalet over for <organ>` as a recommendation to that body, not an approval', () => {
    const text = [
      'Teknisk Udvalg - Referat - 6. maj 2019',
      '',
      '1. Takster for vintertjeneste',
      '',
      'Beslutning:',
      'Godkendt og anbefalet over for Kommunalbestyrelsen.',
      '',
      '2. Trafikplan',
      '',
      'Beslutning:',
      'Tiltrådt og anbefales til Økonomiudvalget.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.decision?.outcome, item.decision?.recommendedTo])).toEqual([
      ['recommended', 'Kommunalbestyrelsen'],
      ['recommended', 'Økonomiudvalget'],
    ]);
  });

  it("reads `<Organ> anbefalede den <dato> <objekt>` in a case's prose as that body's earlier treatment", () => {
    const text = [
      'Byrådet - Referat - 20. marts 2017',
      '',
      '1. Budget for vejvedligeholdelse',
      '',
      'Sagsfremstilling:',
      'Teknik- og Miljøudvalget anbefalede den 6. marts 2017 rammen for asfaltarbejder.',
      '',
      'Beslutning:',
      'Godkendt.',
    ].join('\n');
    expect(treatments(text)).toEqual([[['Teknik- og Miljøudvalget', '2017-03-06', [], 'recommended']]]);
  });

  it("reads a committee's sending on without a position (`... og oversender sagen uden indstilling`) as routing, not an unread verdict", () => {
    const text = [
      'Byrådet - Referat - 20. marts 2017',
      '',
      '1. Takster for skolefritidsordninger',
      '',
      'Skoleudvalget den 8. marts 2017, pkt. 5:',
      'Udvalget kunne ikke blive enige og oversender sagen uden indstilling.',
      '',
      'Byrådets beslutning:',
      'Godkendt.',
    ].join('\n');
    expect(treatments(text)).toEqual([[['Skoleudvalget', '2017-03-08', [5], 'other']]]);
  });
});
