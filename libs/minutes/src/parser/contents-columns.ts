import { unmarkedText } from './item-heading.parser.js';
import { textLine, type SourceLine } from './source-line.js';
import { CONTENTS_HEADING } from './vocabulary/noise.js';

/** How far into a document a contents list may start. */
const CONTENTS_REACH = 200;
/** How a title cut by its column's width ends: a comma, or a word that joins to what follows (`og`, `i`, `for`, ...). */
const WRAPPED_TITLE_END = /(?:,|\s(?:og|eller|samt|i|for|af|til|om|med|på|ved|fra|efter|mellem|under|over|den|det|de|en|et))$/iu;
/** An item number alone on its line: the first column of a contents list extracted column by column. */
const BARE_ITEM_NUMBER = /^\d{1,4}\.?$/u;

/**
 * Acadre's contents extracted as columns: under `Punkt nr.` / `Side`, the item numbers one per line (`14.`, `15.`,
 * ...), then as many titles one per line (the page numbers, a third column, the pre-pass drops). Returns the titles,
 * so that a heading with no other evidence (`21. Underskriftsside` over the members' names) is known as an item; a
 * title wrapped in its column is one title. Nothing when the columns do not pair up.
 */
export function columnedContentsTitles(lines: readonly SourceLine[]): string[] {
  const reach = Math.min(lines.length, CONTENTS_REACH);
  for (let index = 0; index < reach; index++) {
    if (lines[index]!.blank || !CONTENTS_HEADING.test(unmarkedText(lines[index]!))) continue;
    let at = index + 1;
    let numbers = 0;
    for (; at < lines.length; at++) {
      if (lines[at]!.blank) continue;
      const text = unmarkedText(lines[at]!);
      if (BARE_ITEM_NUMBER.test(text)) numbers++;
      else if (numbers > 0 || !CONTENTS_HEADING.test(text)) break;
    }
    if (numbers < 2) continue;
    const titles: string[] = [];
    for (; at < lines.length && titles.length < numbers; at++) {
      if (lines[at]!.blank) continue;
      const text = unmarkedText(lines[at]!);
      if (BARE_ITEM_NUMBER.test(text)) break;
      // A title wrapped in its column goes on in lower case (`... ved Løsning,` / `endelig vedtagelse`), or after a line
      // that no title ends so (`... i Munkebo og` / `Langeskov`, `... svinebesætning,` / `Dalby`).
      if (titles.length > 0 && (/^\p{Ll}/u.test(text) || WRAPPED_TITLE_END.test(titles[titles.length - 1]!))) titles[titles.length - 1] += ` ${text}`;
      else titles.push(text);
    }
    return titles.length === numbers ? titles : [];
  }
  return [];
}

/**
 * The same columns given their numbers back (`79.` ... `90.` over `Meddelelser` ... : `79. Meddelelser`, ...), so that the
 * contents list reads as one printed row by row: Langeland's abcdocz transcript prints its first rows so and the rest
 * `91. <titel>`. Only numbers that follow one another, each paired with a title, and only where the list goes on row by
 * row with the next number (a list in columns throughout is read by `columnedContentsTitles`); the lines as they came
 * otherwise.
 */
export function withColumnedContentsNumbered(lines: readonly SourceLine[]): readonly SourceLine[] {
  const reach = Math.min(lines.length, CONTENTS_REACH);
  for (let index = 0; index < reach; index++) {
    if (lines[index]!.blank || !CONTENTS_HEADING.test(unmarkedText(lines[index]!))) continue;
    let at = index + 1;
    const numbers: number[] = [];
    const numberLines: number[] = [];
    for (; at < lines.length; at++) {
      if (lines[at]!.blank) continue;
      const text = unmarkedText(lines[at]!);
      if (BARE_ITEM_NUMBER.test(text)) {
        numbers.push(Number.parseInt(text, 10));
        numberLines.push(at);
      } else if (numbers.length > 0 || !isColumnHeads(text)) break;
    }
    if (numbers.length < 2 || numbers.some((number, offset) => offset > 0 && number !== numbers[offset - 1]! + 1)) continue;
    // The titles' lines: a title wrapped in its column goes on in lower case.
    const titleLines: number[][] = [];
    for (; at < lines.length; at++) {
      if (lines[at]!.blank) continue;
      const text = unmarkedText(lines[at]!);
      if (BARE_ITEM_NUMBER.test(text)) break;
      if (titleLines.length > 0 && /^\p{Ll}/u.test(text)) titleLines[titleLines.length - 1]!.push(at);
      else if (titleLines.length < numbers.length) titleLines.push([at]);
      else break;
    }
    if (titleLines.length !== numbers.length) continue;
    // (Only where the list goes on row by row with the next number: a list printed in columns throughout is read so.)
    while (at < lines.length && lines[at]!.blank) at++;
    if (at >= lines.length || !unmarkedText(lines[at]!).startsWith(`${numbers[numbers.length - 1]! + 1}. `)) continue;
    const out = lines.filter((_line, offset) => !numberLines.includes(offset));
    const numbered = new Map(titleLines.map((group, offset) => [group[0]!, `${numbers[offset]}. ${group.map((line) => unmarkedText(lines[line]!)).join(' ')}`]));
    const joined = new Set(titleLines.flatMap((group) => group.slice(1)));
    return out.flatMap((line) => {
      const offset = lines.indexOf(line);
      if (joined.has(offset)) return [];
      const text = numbered.get(offset);
      return text === undefined ? [line] : [textLine(line.no, text)];
    });
  }
  return lines;
}

/** The columns' headings on one line (`Sag nr. Side`), or one of them. */
function isColumnHeads(text: string): boolean {
  return CONTENTS_HEADING.test(text) || text.split(/\s+(?=\p{Lu})/u).every((part) => CONTENTS_HEADING.test(part));
}
