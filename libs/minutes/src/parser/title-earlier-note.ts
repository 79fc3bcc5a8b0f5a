import { findDanishDate } from './danish-date.js';
import type { ParsedItem } from './parsed-minutes.types.js';
import { fromGenitive } from './vocabulary/bodies.js';
import { TITLE_EARLIER_NOTE } from './vocabulary/decision-blocks.js';

/**
 * A Word table's title cell that ends in a note of the case's earlier meeting (`Takster 2013 (Udsat fra mødet den 9.
 * oktober 2012)`, `Halddrift (Genoptaget fra mødet den 14. marts 2011, pkt. 6)`): the note leaves the title and is that
 * treatment, of this meeting's body unless it names another's (`Udsat fra Økonomiudvalgets møde ...`); `Udsat` is its verdict.
 */
export function withEarlierNoteOffTitle(item: ParsedItem, meetingBody: string | undefined, line: number): void {
  if (!item.title.endsWith(')')) return;
  const note = TITLE_EARLIER_NOTE.exec(item.title);
  if (!note) return;
  const groups = note.groups!;
  const date = findDanishDate(groups.date!);
  const body = groups.own ? fromGenitive(groups.own.replace(/\s+/gu, ' ').trim()) : meetingBody;
  if (!date || !body || item.title.length === note[0].length) return;
  item.title = item.title.slice(0, note.index).trim();
  if (item.earlierTreatments.some((treatment) => treatment.date === date.iso)) return;
  item.earlierTreatments.push({
    body,
    date: date.iso,
    itemNumbers: groups.item ? [Number(groups.item)] : [],
    text: note[0].trim(),
    ...(/^udsat$/iu.test(groups.kind!) ? { postponed: true } : {}),
    line,
  });
}
