import { looksLikeTitle, readTitle } from './item-heading.parser.js';
import type { ItemSpan } from './item-spans.js';
import type { SourceLine } from './source-line.js';
import { titleKey } from './item-spans.js';
import { LOOSE_NUMBERINGS, NUMBER_UNDER_TITLE } from './vocabulary/numbering.js';
import type { WarningCollector } from './warning-collector.js';

interface NumberedLine {
  index: number;
  /** The numbering form, and for a labelled form its label: lines numbered alike share it. */
  shape: string;
  number: number;
  title: string;
  bodyStart: number;
}

// A heading is a few words; a longer line is prose that happens to start with a number.
const HEADING_LENGTH = 160;

/**
 * Items of a document whose headings number their items in a form no known style reads (`Sag 3 – Titel`, `III.
 * Titel`, `(3) Titel`, `Titel` over `(punkt 3)`): the longest run of lines numbered in one form with rising numbers
 * is the item headings (a contents list above them is a run too: the run spread over more lines wins). Asked only
 * where the known styles found no heading or implausibly few; fewer than two headings is no run.
 */
export function findNumberedSequenceItemSpans(lines: readonly SourceLine[], warnings: WarningCollector): ItemSpan[] {
  const run = bestRun(numberedLines(lines));
  if (run.length < 2) return [];
  return run.map((found, position): ItemSpan => {
    const line = lines[found.index]!;
    const title = readTitle(found.title);
    warnings.add(line.no, 'unknown-heading', `Item heading in an unknown numbering style, read from its run of numbers: "${title.title}"`);
    const heading = { number: found.number, title: title.title, closed: title.closed, line: line.no, ...(title.typeCode ? { typeCode: title.typeCode } : {}) };
    return { heading, headingLine: line, headingIndex: found.index, bodyStart: found.bodyStart, end: run[position + 1]?.index ?? lines.length };
  });
}

function numberedLines(lines: readonly SourceLine[]): NumberedLine[] {
  const found: NumberedLine[] = [];
  let previous = -1;
  lines.forEach((line, index) => {
    if (line.blank) return;
    const text = line.unmarked.trim();
    if (text.length > HEADING_LENGTH) return void (previous = index);
    const under = NUMBER_UNDER_TITLE.exec(text);
    if (under && previous >= 0) {
      found.push({ index: previous, shape: 'under-title', number: Number(under.groups!.number), title: lines[previous]!.unmarked.trim(), bodyStart: index + 1 });
    } else {
      const numbered = readLooseNumbering(text);
      if (numbered) found.push({ index, ...numbered, bodyStart: index + 1 });
    }
    previous = index;
  });
  return found;
}

/** A line read in one of the loose numbering forms: its shape, number and title. */
export function readLooseNumbering(text: string): Pick<NumberedLine, 'shape' | 'number' | 'title'> | undefined {
  for (const form of LOOSE_NUMBERINGS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const groups = match.groups!;
    const number = groups.roman === undefined ? Number(groups.number) : romanValue(groups.roman);
    const title = groups.title!.trim();
    if (number === undefined || number === 0 || !looksLikeTitle(title)) continue;
    return { shape: groups.label === undefined ? form.name : `${form.name} ${groups.label.toLowerCase()}`, number, title };
  }
  return undefined;
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed roman numeral (`XIV` 14); `undefined` for letters that only look like one (`IIX`). */
export function romanValue(roman: string): number | undefined {
  let value = 0;
  for (let index = 0; index < roman.length; index++) {
    const digit = ROMAN_DIGITS[roman[index]!]!;
    const next = ROMAN_DIGITS[roman[index + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return toRoman(value) === roman ? value : undefined;
}

const ROMAN_STEPS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [step, letters] of ROMAN_STEPS) {
    for (; rest >= step; rest -= step) out += letters;
  }
  return out;
}

/**
 * Runs of one shape with rising numbers; a line repeating the number and title just read (a heading printed twice)
 * is passed over. The longest run wins, then the one spread over more lines (headings have bodies between them, a
 * contents list's entries stand together).
 */
function bestRun(numbered: readonly NumberedLine[]): NumberedLine[] {
  const open = new Map<string, NumberedLine[]>();
  let best: NumberedLine[] = [];
  const better = (run: NumberedLine[]) => run.length > best.length || (run.length === best.length && run.length > 0 && spread(run) > spread(best));
  for (const line of numbered) {
    const run = open.get(line.shape);
    const last = run?.[run.length - 1];
    if (run && last && line.number > last.number) run.push(line);
    else if (run && last && line.number === last.number && titleKey(line.title) === titleKey(last.title)) continue;
    else {
      if (run && better(run)) best = run;
      open.set(line.shape, [line]);
    }
  }
  for (const run of open.values()) if (better(run)) best = run;
  return best;
}

const spread = (run: readonly NumberedLine[]) => run[run.length - 1]!.index - run[0]!.index;
