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
