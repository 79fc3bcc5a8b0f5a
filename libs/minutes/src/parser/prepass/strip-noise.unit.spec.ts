import fc from 'fast-check';
import { CONTENTS_LINE } from '../vocabulary/noise.js';
import { parseMinutes } from '../parse-minutes.js';
import { splitSourceLines } from '../source-line.js';
import { mayEndInPageNumberGap, stripNoise } from './strip-noise.js';

// A First Agenda contents list whose closed entry was re-wrapped before its dot leaders, a page counter among the
// page numbers, and an agenda whose numbers do not come back to that entry's number.
const CONTENTS = [
  'REFERAT Vej- og Parkudvalget d. 04-05-2026',
  'Indholdsfortegnelse',
  'Punkt 1: Godkendelse af dagsorden ..................................',
  'Lukket: Punkt 2: Salg af grund',
  'ved Skovvej .........................................',
  '3',
  '1 of 9',
  '4',
  '',
  'Punkt 11: Godkendelse af dagsorden',
  '00.01.00-A00-1-26',
  'Beslutninger',
  'Godkendt.',
  '',
  'Punkt 12: Vinterberedskab',
  '05.01.00-G01-2-26',
  'Beslutninger',
  'Taget til efterretning.',
].join('\n');

describe('contents entries wrapped before their dot leaders', () => {
  it('drops the entry start with its leaders line and keeps the whole title as contents evidence', () => {
    const cleaned = stripNoise(splitSourceLines(CONTENTS));
    expect(cleaned.dropped.filter((line) => line.kind === 'contents').map((line) => line.line.no)).toEqual([3, 4, 5]);
    expect(cleaned.contentsTitles).toContain('Lukket: Punkt 2: Salg af grund ved Skovvej');
  });

  it('reads no item out of the closed entry, and the items after it in order', () => {
    const parsed = parseMinutes(CONTENTS, 'wrapped-contents.txt');
    expect(parsed.items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [11, 'Godkendelse af dagsorden', false],
      [12, 'Vinterberedskab', false],
    ]);
  });

  it('leaves a lower-case leaders line alone when the line before ends a sentence', () => {
    const text = ['Indholdsfortegnelse', 'Mødet blev holdt.', 'bilag til sagen ......................... 4', ''].join('\n');
    const cleaned = stripNoise(splitSourceLines(text));
    expect(cleaned.dropped.filter((line) => line.kind === 'contents').map((line) => line.line.no)).toEqual([3]);
    expect(cleaned.contentsTitles).toEqual(['bilag til sagen']);
  });
});

describe('page heads told by their key', () => {
  // Three pages, each opened by a form feed and the same running head; the line in the middle of each page stands
  // farther from the breaks than page furniture does.
  const filler = (page: number) => Array.from({ length: 6 }, (_unused, index) => `Side ${page} linje ${index + 1} om renovering af Ringvejen.`);
  const pages = (middle: string) =>
    [1, 2, 3].flatMap((page) => [`\fReferat for Byrådet`, `Punkt ${page}: Veje`, ...filler(page), middle, ...filler(page), '']).join('\n');
  const furniture = (text: string) =>
    stripNoise(splitSourceLines(text))
      .dropped.filter((line) => line.kind === 'page-furniture')
      .map((line) => line.line.text);

  it('drops a running head that stands only at the page breaks', () => {
    expect(furniture(pages('Rektor deltog.'))).toEqual(['Referat for Byrådet', 'Referat for Byrådet', 'Referat for Byrådet']);
  });

  it('keeps it when its text also stands in the body, in other case and spacing (the same key)', () => {
    expect(furniture(pages('REFERAT  FOR   BYRÅDET'))).toEqual([]);
  });
});

describe('the page-number gap told before the contents pattern is tried', () => {
  it('never turns away a line the contents pattern reads', () => {
    const endings = fc.stringMatching(/^[a1.…\t \u00a0\ufeffv]{0,12}$/u);
    fc.assert(
      fc.property(fc.constantFrom('Budget', 'Punkt 2: Salg', ''), endings, (title, ending) => {
        const raw = `${title}${ending}`;
        if (CONTENTS_LINE.test(raw.trim())) expect(mayEndInPageNumberGap(raw)).toBe(true);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('turns away a year or a case number at the end of an ordinary line', () => {
    expect(mayEndInPageNumberGap('Byrådet den 12. marts 2024')).toBe(false);
    expect(mayEndInPageNumberGap('Sagsnr. 00.01.00-A00-1-26')).toBe(false);
    expect(mayEndInPageNumberGap('Godkendelse af dagsorden\t  3')).toBe(true);
    expect(mayEndInPageNumberGap('Eventuelt ..... 16 ')).toBe(true);
  });
});
