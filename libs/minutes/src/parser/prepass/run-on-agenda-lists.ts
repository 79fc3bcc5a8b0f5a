import { textLine, type SourceLine } from '../source-line.js';
import { indexesToAsk, type LineCensus } from './line-census.js';

/**
 * A web page's agenda list run into one paragraph (Glostrup's `Referat` / `1. Godkendelse af dagsordenen 2. Orientering
 * fra borgmesteren 3. ... 27. Orientering fra borgmesteren (FOR LUKKEDE DØRE) ...`): the paragraph cut into one line per
 * entry, so the list reads as the numbered lines it stands for. Only a line that opens with `1.` and holds a chain of
 * at least `RUN_ON_ENTRIES_MIN` entries numbered one after the other, each `N. ` before a capital after a space, whose
 * titles are a few words each (a decision's numbered points, `1. Godkendt. 2. Anbefales.`, are shorter).
 */
export function splitRunOnAgendaLists(lines: readonly SourceLine[], census?: LineCensus): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  let copied = 0;
  for (const index of indexesToAsk(census, lines, (taken) => taken.oneOrTwoOpened)) {
    const text = lines[index]!.text.trim();
    // (Told first by its opening `1. ` and its length: most lines are no such list.)
    if (text.length < RUN_ON_LINE_MIN || text.charCodeAt(0) !== 0x31 || text.charCodeAt(1) !== 0x2e) continue;
    const cuts = chainOf(text);
    if (cuts.length < RUN_ON_ENTRIES_MIN || text.length / cuts.length < RUN_ON_ENTRY_LENGTH_MIN) continue;
    out ??= [];
    for (; copied < index; copied++) out.push(lines[copied]!);
    const no = lines[index]!.no;
    cuts.forEach((cut, at) => out!.push(textLine(no, text.slice(cut, cuts[at + 1] ?? text.length).trim())));
    copied = index + 1;
  }
  if (!out) return lines;
  for (; copied < lines.length; copied++) out.push(lines[copied]!);
  return out;
}

/** Where each entry of the chain starts: `1.` at 0, then each next number dotted after a space and before a capital. */
function chainOf(text: string): number[] {
  const cuts = [0];
  let from = 0;
  for (let number = 2; ; number++) {
    const mark = ` ${number}. `;
    const at = text.indexOf(mark, from);
    if (at < 0 || !CAPITAL.test(text.charAt(at + mark.length))) return cuts;
    cuts.push(at + 1);
    from = at + mark.length;
  }
}

const CAPITAL = /[\p{Lu}"“]/u;
/** Shorter than this, a line holds no list of several entries. */
const RUN_ON_LINE_MIN = 120;
/** Entries a run-on list holds at least. */
const RUN_ON_ENTRIES_MIN = 5;
/** The mean length of an entry (number and title): a title is a few words. */
const RUN_ON_ENTRY_LENGTH_MIN = 18;
