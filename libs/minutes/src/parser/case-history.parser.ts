import { cleanBodyName } from './body-name.js';
import { findDanishDate } from './danish-date.js';
import { readOutcome } from './decision-outcome.js';
import type { ParsedEarlierTreatment } from './parsed-minutes.types.js';
import { contentLines, type SourceLine } from './source-line.js';
import { HISTORY_BODY, HISTORY_DATE, HISTORY_DATE_ALONE, HISTORY_ITEM, HISTORY_LABEL_ALONE, HISTORY_ROW } from './vocabulary/decision-blocks.js';

/**
 * First Agenda's `Sagsforløb`: repeated triples `Udvalg: <organ>` / `Dato: DD-MM-YYYY` / `Punktnummer: N`,
 * each followed by that body's decision. Undefined when the section is not written in triples.
 */
export function parseHistoryTriples(lines: readonly SourceLine[]): ParsedEarlierTreatment[] | undefined {
  const content = labelsWithTheirValues(contentLines(lines));
  if (!content.some((line) => HISTORY_BODY.test(line.plain))) return undefined;
  const treatments: ParsedEarlierTreatment[] = [];
  let current: { body: string; date?: string; item?: number; line: number; texts: string[] } | undefined;
  const flush = (): void => {
    if (current?.date) treatments.push(historyTreatment(current.body, current.date, current.item, current.texts, current.line));
    current = undefined;
  };
  for (const line of content) {
    const text = line.unmarked;
    const body = HISTORY_BODY.exec(text);
    if (body) {
      flush();
      current = { body: cleanBodyName(body.groups!.body!), line: line.no, texts: [] };
      continue;
    }
    if (!current) continue;
    const date = HISTORY_DATE.exec(text);
    if (date && !current.date) {
      current.date = findDanishDate(date.groups!.date!)?.iso;
      continue;
    }
    const item = HISTORY_ITEM.exec(text);
    if (item && current.item === undefined) {
      current.item = Number(item.groups!.item);
      continue;
    }
    current.texts.push(text);
  }
  flush();
  return treatments;
}

/**
 * `Sagsforløb` as a table of rows `<organ>, punkt N` with the meeting's date at the row's end or on the next line (a
 * right-aligned cell that a copy from a PDF viewer puts after its row), each followed by that body's decision.
 * Undefined when the section does not open with such a row.
 */
export function parseHistoryRows(lines: readonly SourceLine[]): ParsedEarlierTreatment[] | undefined {
  const content = contentLines(lines);
  const rowAt = (at: number): { body: string; item: number; date: string; dateLine: boolean } | undefined => {
    const row = HISTORY_ROW.exec(content[at]?.unmarked.trim() ?? '');
    if (!row) return undefined;
    const next = row.groups!.date ? undefined : HISTORY_DATE_ALONE.exec(content[at + 1]?.unmarked.trim() ?? '');
    const date = findDanishDate(row.groups!.date ?? next?.groups!.date ?? '')?.iso;
    return date ? { body: cleanBodyName(row.groups!.body!), item: Number(row.groups!.item), date, dateLine: next !== undefined } : undefined;
  };
  if (!rowAt(0)) return undefined;
  const treatments: ParsedEarlierTreatment[] = [];
  for (let at = 0; at < content.length; ) {
    const row = rowAt(at)!;
    const line = content[at]!.no;
    const texts: string[] = [];
    for (at += row.dateLine ? 2 : 1; at < content.length && !rowAt(at); at++) texts.push(content[at]!.unmarked);
    treatments.push(historyTreatment(row.body, row.date, row.item, texts, line));
  }
  return treatments;
}

/** One earlier meeting of a case history: its decision text's first line tells the outcome. */
function historyTreatment(body: string, date: string, item: number | undefined, texts: readonly string[], line: number): ParsedEarlierTreatment {
  const reading = texts[0] ? readOutcome(texts[0]) : undefined;
  return {
    body,
    date,
    itemNumbers: item === undefined ? [] : [item],
    text: texts.join('\n'),
    ...(reading?.outcome && !reading.unrecognised ? { outcome: reading.outcome } : {}),
    ...(reading?.postponed ? { postponed: true } : {}),
    foundIn: 'case-history',
    line,
  };
}

/**
 * The triples read cell by cell: a label alone on its line (`Udvalg:`) takes the next line as its value, so that the
 * triple reads as when label and value share a line. A label followed by another label keeps its line as it is.
 */
function labelsWithTheirValues(content: readonly SourceLine[]): readonly Pick<SourceLine, 'no' | 'plain' | 'unmarked'>[] {
  if (!content.some((line) => HISTORY_LABEL_ALONE.test(line.unmarked))) return content;
  const joined: Pick<SourceLine, 'no' | 'plain' | 'unmarked'>[] = [];
  for (let at = 0; at < content.length; at++) {
    const line = content[at]!;
    const next = content[at + 1];
    if (next && HISTORY_LABEL_ALONE.test(line.unmarked) && !HISTORY_LABEL_ALONE.test(next.unmarked)) {
      const text = `${line.unmarked} ${next.unmarked}`;
      joined.push({ no: line.no, plain: text, unmarked: text });
      at++;
    } else joined.push(line);
  }
  return joined;
}
