import { sequenceFrom } from './contents-only-items.js';
import { textLine, withPageBreak, type SourceLine } from './source-line.js';
import { CONTENTS_LIST_HEADING, CONTENTS_NON_ITEM_TITLE, CONTENTS_PAGE_NUMBER, FIELD_AFTER_TITLE } from './vocabulary/contents-lists.js';
import { NUMBERING_OVER_TITLE } from './vocabulary/page-transcripts.js';

/**
 * Item headings that lost their numbers on the way to text (a docplayer transcript of an old PDF: `Vordingborg Kommune
 * Dato Side Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: 14/`, Svendborg's first item under its running head
 * `Byrådet s møde den Godkendelse af dagsorden Beslutning i ...`), in a document whose contents list ran the same
 * titles together after the number of the first (`Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden
 * Orientering fra formanden ...`). A careful reader tells the items apart by the list: its titles recur as the items'
 * headings, in the same order, and each title's place in the list is its number. The list is read as a run of text;
 * a line that holds the run's next title (after a running head, before the item's first field or at its end) is that
 * item's heading, written back as `Punkt N: <titel>` for the numbered recognisers (the style they take
 * for a heading without further evidence), the rest of the line kept on lines of its
 * own. A heading that printed its number (`2. Anmodning om ...`) is passed and sets the count; a title that does not
 * recur where the run expects it ends the reading (the items after it cannot be numbered). Nothing is read where no
 * list title recurs, so no item is invented: every item written is one whose title the list and a heading both print.
 */
export function restoreNumbersFromContents(lines: readonly SourceLine[]): readonly SourceLine[] {
  const list = contentsRun(lines);
  if (!list) return lines;
  const out: SourceLine[] = [];
  let segment = 0;
  let run = list.segments[0]!.text;
  let next = list.segments[0]!.number;
  let restored = 0;
  const runLinesAt: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // (The list's lines that hold a run of titles are no headings: where a heading is restored, they go, and the
    // contents-only reading, which reads the list from the lines before this pass, names the entries after the last.)
    if (index < list.end || segment >= list.segments.length || line.blank) {
      if (!list.runLines.has(index)) out.push(line);
      else runLinesAt.push(out.push(line) - 1);
      continue;
    }
    const found = titleIn(line.text, run, numberOver(lines, index));
    if (!found) {
      out.push(line);
      continue;
    }
    // A title wrapped onto lines of its own (`Salg af grund -` / `LUKKET` / `SAG`): the run goes on with them.
    let length = found.length;
    let title = run.slice(0, length);
    while (found.rest === '' && index + 1 < lines.length && length < run.length) {
      const following = lines[index + 1]!;
      const tail = run.slice(length).trimStart();
      if (following.blank || !WRAPPED_TAIL.test(following.text) || !startsWithWords(tail, following.text)) break;
      title = `${title} ${following.text}`;
      length = run.length - tail.length + following.text.length;
      index++;
    }
    const number = found.printed ?? next;
    // (A heading that kept its number keeps it as printed; the field run onto its line goes to lines of its own, a
    // case number first, as other exports print them: `2. Anmodning om ...` / `13/30382` / `Beslutningstema: ...`.)
    const heading = found.printed === undefined ? [found.head, `Punkt ${number}: ${title}`] : [`${found.head} ${title}`];
    if (found.printed === undefined || found.rest.length > 0) {
      const caseFirst = CASE_NUMBER_FIRST.exec(found.rest);
      const rest = caseFirst ? [caseFirst[1]!, found.rest.slice(caseFirst[0].length)] : [found.rest];
      const pieces = [...heading, ...rest].filter((piece) => piece.length > 0);
      pieces.forEach((piece, at) => out.push(at === 0 && line.pageBreak ? withPageBreak(textLine(line.no, piece)) : textLine(line.no, piece)));
      restored++;
    } else out.push(line);
    next = number + 1;
    run = run.slice(length).trimStart();
    // The list's next numbered entry once this one's titles are used up (or only non-items are left of it).
    if (run.length === 0 || CONTENTS_NON_ITEM_TITLE.test(run)) {
      segment++;
      run = list.segments[segment]?.text ?? '';
      next = list.segments[segment]?.number ?? next;
    }
  }
  if (restored === 0) return lines;
  for (const at of runLinesAt.reverse()) out.splice(at, 1);
  return out;
}

/** A title's wrapped tail on a line of its own: lower case, a closed marker in capitals, a dash or a bracket. */
const WRAPPED_TAIL = /^(?:\p{Ll}|\p{Lu}{2,}(?:\s|$)|[-–(])/u;

/** A running head before a title ends in no sentence and is no longer than a page's head line. */
const RUNNING_HEAD_MAX = 100;
const SENTENCE_END = /[.!?:]$/u;
/** The title's own number printed before it (`2.`, `Punkt 2:`, `12`): the heading kept its number. */
const PRINTED_NUMBER = /(?:^|\s)(\d{1,3})\s*[.:)]?$/u;
/** A case number of the `YY/NNNNN` or KLE scheme first in the field run onto a heading's line. */
const CASE_NUMBER_FIRST = /^(\d{2}\/\d{2,6}|\d{2}\.\d{2}\.\d{2}(?:-\p{Lu}\d{2}-\d{1,6}-\d{2})?)(?:\s+|$)/u;

/** A heading's number alone on the line over its title (`12.`, `Punkt 12:`; `Pkt. nr. 41`, `Sag 2` as `NUMBERING_OVER_TITLE`). */
const NUMBER_ALONE = /^(?:\p{L}+\.?\s+)?(\d{1,3})\s*[.:)]?$/u;
/** A Markdown heading's marks before the number (`## 1.`, pandoc's number over its title). */
const ATX_MARKS = /^#{1,6}\s+/u;
// (Not a page's counter, `Side 3`.)
const isNumberAlone = (written: string) => {
  const text = written.replace(ATX_MARKS, '');
  return text.length <= 16 && !/^side\b/iu.test(text) && (NUMBER_ALONE.test(text) || NUMBERING_OVER_TITLE.test(text));
};

/** The number standing alone on the non-blank line over `index`, if one does. */
function numberOver(lines: readonly SourceLine[], index: number): number | undefined {
  let above = index - 1;
  while (above >= 0 && lines[above]!.blank) above--;
  if (above < 0 || !isNumberAlone(lines[above]!.text)) return undefined;
  const digits = /\d{1,3}/u.exec(lines[above]!.text);
  return digits ? Number(digits[0]) : undefined;
}

/** A title is at least this long (one word: `Eventuelt`). */
const TITLE_MIN = 4;

interface FoundTitle {
  head: string;
  length: number;
  rest: string;
  printed?: number;
}

/**
 * Where `text` holds the run's first title: at the line's start or after a running head, reaching the line's end or
 * the item's first field; the longest such stretch of whole words the run starts with.
 */
function titleIn(text: string, run: string, over: number | undefined): FoundTitle | undefined {
  const space = run.indexOf(' ');
  const first = space < 0 ? run : run.slice(0, space);
  if (first.length === 0) return undefined;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (at > 0 && text[at - 1] !== ' ') continue;
    const head = text.slice(0, at).trim();
    if (head.length > RUNNING_HEAD_MAX) return undefined;
    const printed = PRINTED_NUMBER.exec(head) ?? (head.length === 0 && over !== undefined ? [String(over), String(over)] : null);
    if (!printed && SENTENCE_END.test(head)) continue;
    const length = sharedWords(text, at, run);
    if (length < TITLE_MIN) continue;
    const rest = text.slice(at + length).trim();
    if (rest.length > 0 && !FIELD_AFTER_TITLE.test(rest)) continue;
    return { head, length, rest, ...(printed ? { printed: Number(printed[1]) } : {}) };
  }
  return undefined;
}

/** The length of the longest stretch of whole words that `text` from `at` and `run` both start with. */
function sharedWords(text: string, at: number, run: string): number {
  let shared = 0;
  let boundary = 0;
  while (at + shared < text.length && shared < run.length && text[at + shared] === run[shared]) {
    shared++;
    if (run[shared] === ' ' || shared === run.length) {
      if (at + shared === text.length || text[at + shared] === ' ') boundary = shared;
    }
  }
  return boundary;
}

/** `text` is the first whole words of `run`. */
function startsWithWords(run: string, text: string): boolean {
  return run.startsWith(text) && (run.length === text.length || run[text.length] === ' ');
}

interface ContentsRun {
  /** The index of the first line after the list. */
  end: number;
  /** The list's numbered entries, each with the text up to the next: one title, or several whose numbers were lost. */
  segments: Array<{ number: number; text: string }>;
  /** The indexes of the lines on which a run of titles starts (its number and first title). */
  runLines: Set<number>;
}

/** How many lines a contents list printed as a paragraph (or a transcript's page) may take. */
const LIST_LINES_MAX = 40;
/** A dotted leader and its page number inside the run (`Eventuelt...19 Bilagsoversigt...20`). */
const LEADERS = /\s*\.{3,}\s*\d{0,4}(?=\s|$)/gu;

/**
 * The first contents list that runs titles together: its lines up to a blank one, read as one text, and its numbered
 * entries. (A viewer's title line may name the list first: `Indholdsfortegnelse Byrådet Sidenr ...`.)
 */
function contentsRun(lines: readonly SourceLine[]): ContentsRun | undefined {
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.blank || !CONTENTS_LIST_HEADING.test(lines[index]!.text)) continue;
    const list = contentsRunAt(lines, index);
    if (list) return list;
  }
  return undefined;
}

function contentsRunAt(lines: readonly SourceLine[], start: number): ContentsRun | undefined {
  let end = start;
  const texts: string[] = [];
  // Where each line's text starts in the joined text, and the source line it was cut from.
  const starts: number[] = [];
  const sources: number[] = [];
  let length = 0;
  while (end < lines.length && end - start < LIST_LINES_MAX && !lines[end]!.blank) {
    starts.push(length);
    sources.push(lines[end]!.no);
    texts.push(lines[end]!.text);
    length += lines[end++]!.text.length + 1;
  }
  // (Joined by line breaks, as the contents-only reading joins them: a number alone over a line is a page column's.)
  const text = texts.join('\n');
  const heading = CONTENTS_LIST_HEADING.exec(text)!;
  const entries = sequenceFrom(text, heading.index + heading[0].length, text.length, false);
  const sourceAt = (offset: number) => sources[lineIndexAt(starts, offset)];
  const runLines = new Set<number>();
  const segments = entries
    .map((entry, index) => {
      const to = entries[index + 1]?.start ?? text.length;
      const written = text.slice(entry.titleStart, to);
      // Only an entry written as one run of text (a transcript's page line) holds titles whose numbers were lost: a
      // list of one entry a line has its part headings (`Meddelelsessager`) and page numbers between the entries, and
      // the headings of its entries, bare where Word's numbering was lost, are `lost-number-headings.ts`'s.
      const titles = cleanTitles(written);
      if (titles.length <= RUN_MIN || sourceAt(entry.titleStart) !== sourceAt(to - 1)) return { number: entry.number, text: '' };
      runLines.add(start + lineIndexAt(starts, entry.start));
      return { number: entry.number, text: titles };
    })
    .filter((segment) => segment.text.length > 0);
  return segments.length > 0 ? { end, segments, runLines } : undefined;
}

/** A list's text without its leaders and the page number after its last title. */
const cleanTitles = (text: string) => text.replace(LEADERS, ' ').replace(/\s+/gu, ' ').trim().replace(CONTENTS_PAGE_NUMBER, '');

/** An entry's text longer than this, on one source line, may hold several titles run together. */
const RUN_MIN = 100;

function lineIndexAt(starts: readonly number[], offset: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
  return index;
}
