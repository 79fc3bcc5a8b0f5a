import { sequenceFrom } from './contents-only-items.js';
import { titlesOfCountedRun } from './counted-title-runs.js';
import { parseDecision } from './decision.parser.js';
import type { ParsedItem } from './parsed-minutes.types.js';
import { textLine, type SourceLine } from './source-line.js';
import { textlessItem } from './textless-item.js';
import { AGENDA_NUMBER_NOTE, PARAGRAPH_AGENDA, PARAGRAPH_AGENDA_MIN, PARAGRAPH_AGENDA_WORD, PARAGRAPH_LINES_MAX } from './vocabulary/paragraph-agenda.js';
import type { WarningCollector } from './warning-collector.js';

/**
 * Notes of a meeting written as prose (a council's green board, a transcript that runs each page into one line): the
 * agenda inside a paragraph, `Dagsorden: 1. Godkendelse af referat ... 3. Opfølgning ... 9. Evt.`, and the decisions
 * after it as notes to the numbers, `Ad. 1) Referatet blev godkendt. Ad. 2) Dagsordenen blev godkendt ...`. Each
 * entry is an item (a number the extraction lost, `1. ... august Godkendelse af dagsorden 3. ...`, is counted back by
 * the titles' opening words, as in a contents run); a note's text is its item's decision. Read where the text gave no
 * item heading (one untitled item); none where the label has fewer than `PARAGRAPH_AGENDA_MIN` entries after it.
 */
export function itemsOfParagraphAgenda(lines: readonly SourceLine[], warnings: WarningCollector): ParsedItem[] {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.text.includes(PARAGRAPH_AGENDA_WORD)) continue;
    // (The paragraph from the label's line on: a layout pass may have set each entry on a line of its own.)
    const text = paragraphFrom(lines, index);
    const label = PARAGRAPH_AGENDA.exec(text);
    if (!label) continue;
    const from = label.index + label[0].length;
    const notes = [...text.slice(from).matchAll(AGENDA_NUMBER_NOTE)].map((note) => ({ number: Number(note[1]), start: from + note.index!, textStart: from + note.index! + note[0].length }));
    const to = notes[0]?.start ?? text.length;
    const entries = sequenceFrom(text, from, to, false);
    if (entries.length < PARAGRAPH_AGENDA_MIN || entries[0]!.number !== 1) continue;
    const items: ParsedItem[] = [];
    entries.forEach((entry, index) => {
      const end = entries[index + 1]?.start ?? to;
      const own = text.slice(entry.titleStart, end).trim();
      const lost = (entries[index + 1]?.number ?? entry.number + 1) - entry.number > 1;
      for (const [at, title] of ((lost ? titlesOfCountedRun(own, entry.number, text, end) : undefined) ?? [own]).entries()) {
        items.push(textlessItem(entry.number + at, title, line.no, false));
      }
    });
    notes.forEach((note, index) => {
      const item = items.find((one) => one.number === note.number);
      const written = text.slice(note.textStart, notes[index + 1]?.start ?? text.length).trim();
      if (!item || item.decision || written.length === 0) return;
      const decision = parseDecision([textLine(line.no, written)], [], warnings);
      if (decision) item.decision = decision;
    });
    return items;
  }
  return [];
}

/** The line's text and the lines after it up to a blank one, joined by spaces (at most `PARAGRAPH_LINES_MAX`). */
function paragraphFrom(lines: readonly SourceLine[], index: number): string {
  const texts = [lines[index]!.text];
  for (let next = index + 1; next < lines.length && next <= index + PARAGRAPH_LINES_MAX && !lines[next]!.blank; next++) texts.push(lines[next]!.text);
  return texts.join(' ');
}
