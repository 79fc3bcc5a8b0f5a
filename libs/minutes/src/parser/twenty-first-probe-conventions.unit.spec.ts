import { probeAttendance as attendance, probeParse as parse, probeTitles as titles } from './probe-readings.js';

/**
 * Conventions found by a twenty-first probe of the reader with real minutes it had not seen (21 documents of Region
 * Syddanmark's, Midtjylland's and Nordjylland's municipalities, a region, a transport company and a joint fire service,
 * 2007-2024, scored fact by fact against fact sheets written before the reader ran). Every text here is invented,
 * written in the convention it tests.
 */
describe('twenty-first real-minutes probe: a contents list of bare numbers over their titles, the text cut after the first item', () => {
  // An older municipal web page prints its contents as `358.` on a line of its own, the title after a blank line, and
  // `- Lukket sag` after a closed item's title; the page (an excerpt) holds the first item's text only.
  const text = [
    'Byrådet',
    'Godkendt referat',
    'mandag den 12. marts 2007 kl. 17:00 -',
    'Rådhussalen',
    'Afbud fra: Lone Vestergaard.',
    '',
    'Indholdsfortegnelse',
    '',
    '41.',
    '',
    'Tilskud til ny efterskole i Nørreby',
    '',
    '42.',
    '',
    'Lokalplan nr. 88 for et boligområde ved Kirkevej',
    '',
    '43.',
    '',
    'Køb af grund - Lukket sag',
    '',
    '44.',
    '',
    'Vandløbsregulativ for Stenå',
    '',
    'J. nr. 17.02.00 A00Retur til indholdsfortegnelsen',
    '',
    '41. Tilskud til ny efterskole i Nørreby',
    '',
    'Resumé',
    '',
    'Efterskolen i Nørreby søger om tilskud til etablering.',
    '',
    'Beslutning',
    '',
    'Tilskuddet blev bevilget.',
  ].join('\n');

  it('reads every entry as an item, the closed one closed, though only the first comes back', () => {
    expect(titles(text)).toEqual([
      '41 Tilskud til ny efterskole i Nørreby',
      '42 Lokalplan nr. 88 for et boligområde ved Kirkevej',
      '43 Køb af grund (closed)',
      '44 Vandløbsregulativ for Stenå',
    ]);
  });

  it('keeps the head', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Byrådet', date: '2007-03-12', startTime: '17:00' });
    expect(attendance(text, 'apologies')).toEqual(['Lone Vestergaard']);
  });

  it('gives the first item its own text, and says the others were read from the contents only', () => {
    const parsed = parse(text);
    expect(parsed.items[0]!.decision?.text).toBe('Tilskuddet blev bevilget.');
    expect(parsed.items.slice(1).every((item) => item.decision === undefined)).toBe(true);
    expect(parsed.warnings.filter((warning) => warning.code === 'contents-only-item').map((warning) => warning.line)).toEqual([13, 17, 21]);
  });
});

describe('twenty-first real-minutes probe: a meeting page`s agenda over its items, some numbers glued to their titles', () => {
  // A region's page of a whole meeting prints the agenda without a heading, the open entries' numbers glued to their
  // titles (`2.Orientering ...`), the closed ones spaced (`4. LUKKET PUNKT: ...`); the page (an excerpt) holds the first
  // item's text only.
  const text = [
    'Dagsorden',
    'Regionsrådet 14-09-2021 13:00',
    '',
    '',
    '1.Meddelelse fra formanden',
    '2.Orientering om budgetopfølgning 2-2021',
    '3.Beslutning - Udmøntning af kulturpuljen 2021',
    '4. LUKKET PUNKT: Leje af lokaler til administrationen',
    '',
    '1. Meddelelse fra formanden',
    '',
    'Referat',
    '',
    'Der var afbud fra Jens Holt.',
    '',
    '1. Formanden orienterede om den nye sundhedsaftale.',
  ].join('\n');

  it('reads the agenda`s entries as the items, the first at its own heading', () => {
    expect(titles(text)).toEqual([
      '1 Meddelelse fra formanden',
      '2 Orientering om budgetopfølgning 2-2021',
      '3 Beslutning - Udmøntning af kulturpuljen 2021',
      '4 Leje af lokaler til administrationen (closed)',
    ]);
    // (The entries after the first are read from the agenda; the first has its own heading's line.)
    expect(parse(text).items.map((item) => item.line)).toEqual([10, 6, 7, 8]);
  });

  it('does not take a numbered list whose first entry does not come back for the agenda', () => {
    // (Points numbered in a decision, `1. ...` / `2. ...`, under an item's heading are that item's.)
    const points = text.replace('1. Meddelelse fra formanden\n', 'Meddelelser\n');
    expect(titles(points)).not.toContain('2 Orientering om budgetopfølgning 2-2021');
  });
});
