import type { MeetingCancellation } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import { MEETING_CANCELLED } from './vocabulary/meeting-cancellation.js';

/**
 * A referat published for a meeting that did not take place: the head names the meeting, and a line says it
 * was cancelled. Asked only of a document without items, so an item's `Mødet aflyst` (in `Sagens forløb`, of
 * another meeting) is never read as this meeting's.
 */
export function readMeetingCancellation(lines: readonly SourceLine[]): MeetingCancellation | undefined {
  for (const line of lines) {
    const found = MEETING_CANCELLED.exec(line.unmarked);
    if (!found) continue;
    // `Mødet blev aflyst. Næste møde ...`: a new sentence after the full stop is no reason.
    const lead = line.unmarked.slice(0, line.unmarked.length - found[1]!.length);
    const reason = /(?<!pga)\.\s*$/iu.test(lead) ? '' : found[1]!.replace(/[.\s]+$/u, '').trim();
    return { text: line.unmarked, line: line.no, ...(reason ? { reason } : {}) };
  }
  return undefined;
}
