import { cleanBodyName } from './body-name.js';
import { findDanishDate } from './danish-date.js';
import { readOutcome } from './decision-outcome.js';
import type { ParsedEarlierTreatment } from './parsed-minutes.types.js';
import { contentLines, type SourceLine } from './source-line.js';
import { HISTORY_BODY, HISTORY_DATE, HISTORY_ITEM } from './vocabulary/decision-blocks.js';

/**
 * First Agenda's `Sagsforløb`: repeated triples `Udvalg: <organ>` / `Dato: DD-MM-YYYY` / `Punktnummer: N`,
 * each followed by that body's decision. Undefined when the section is not written in triples.
 */
export function parseHistoryTriples(lines: readonly SourceLine[]): ParsedEarlierTreatment[] | undefined {
  const content = contentLines(lines);
  if (!content.some((line) => HISTORY_BODY.test(line.plain))) return undefined;
  const treatments: ParsedEarlierTreatment[] = [];
  let current: { body: string; date?: string; item?: number; line: number; texts: string[] } | undefined;
  const flush = (): void => {
    if (current?.date) {
      const text = current.texts.join('\n');
      const reading = current.texts[0] ? readOutcome(current.texts[0]) : undefined;
      treatments.push({
        body: current.body,
        date: current.date,
        itemNumbers: current.item === undefined ? [] : [current.item],
        text,
        ...(reading?.outcome && !reading.unrecognised ? { outcome: reading.outcome } : {}),
        ...(reading?.postponed ? { postponed: true } : {}),
        foundIn: 'case-history',
        line: current.line,
      });
    }
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
