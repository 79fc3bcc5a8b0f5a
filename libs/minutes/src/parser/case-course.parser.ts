import { cleanBodyName } from './body-name.js';
import { NUMERIC_DATE, DANISH_LONG_DATE, findDanishDate } from './danish-date.js';
import { readOutcome } from './decision-outcome.js';
import type { ParsedCourseEntry } from './parsed-minutes.types.js';
import { contentLines, type SourceLine, withoutMarkers } from './source-line.js';
import { MEETING_CANCELLED } from './vocabulary/meeting-cancellation.js';
import type { WarningCollector } from './warning-collector.js';


/** Either date shape at the start of a line (built once: a pattern compiled per line cost more than the reading). */
const STARTS_WITH_DATE = new RegExp(`^(?:${NUMERIC_DATE.source}|${DANISH_LONG_DATE.source})`, 'iu');

/** A line that opens an entry: a date at the start, then the body (`16-01-2024 Erhvervs-... udvalget`). */
function readEntryHead(text: string): { date: string; body: string } | undefined {
  if (!STARTS_WITH_DATE.test(text)) return undefined;
  const date = findDanishDate(text);
  if (!date || date.index !== 0) return undefined;
  const body = cleanBodyName(text.slice(date.length).replace(/^[\s,:–-]+/u, ''));
  return { date: date.iso, body };
}

/**
 * Reads `Sagens forløb`: entries opened by a date line, followed by what happened (`Udsættes.`, a decision,
 * `Mødet aflyst, da ...`). A cancelled meeting is kept as an entry with `cancelled` and its reason, so the
 * importer can record the meeting itself.
 */
export function parseCourse(lines: readonly SourceLine[], warnings: WarningCollector): ParsedCourseEntry[] {
  const entries: ParsedCourseEntry[] = [];
  let current: { date: string; body: string; line: number; texts: string[] } | undefined;

  const flush = (): void => {
    if (!current) return;
    const entry: ParsedCourseEntry = {
      date: current.date,
      body: current.body,
      text: current.texts.join('\n'),
      postponed: false,
      cancelled: false,
      line: current.line,
    };
    for (const text of current.texts) {
      const cancelled = MEETING_CANCELLED.exec(withoutMarkers(text).trim());
      if (cancelled) {
        entry.cancelled = true;
        const reason = cancelled[1]!.replace(/[.\s]+$/u, '').trim();
        if (reason) entry.reason = reason;
        continue;
      }
      const reading = readOutcome(text);
      if (reading.postponed) entry.postponed = true;
      else if (reading.outcome && reading.outcome !== 'other' && entry.outcome === undefined) entry.outcome = reading.outcome;
    }
    if (!current.body) warnings.add(current.line, 'course-unreadable', `Sagens forløb entry of ${current.date} names no body`);
    entries.push(entry);
  };

  for (const line of contentLines(lines)) {
    const text = line.unmarked;
    const head = readEntryHead(text);
    if (head) {
      flush();
      current = { ...head, line: line.no, texts: [] };
    } else if (current) {
      current.texts.push(text);
    } else {
      warnings.add(line.no, 'course-unreadable', `Sagens forløb text before any dated entry: "${text}"`);
    }
  }
  flush();
  return entries;
}
