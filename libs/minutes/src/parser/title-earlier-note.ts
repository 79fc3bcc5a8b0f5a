import { findDanishDate } from './danish-date.js';
import type { ParsedItem } from './parsed-minutes.types.js';
import { fromGenitive } from './vocabulary/bodies.js';
import { EARLIER_NOTE_BODY, TITLE_EARLIER_NOTE } from './vocabulary/decision-blocks.js';

/**
 * A Word table's title cell that ends in a note of the case's earlier meeting (`Takster 2013 (Udsat fra mødet den 9.
 * oktober 2012)`, `Halddrift (Genoptaget fra mødet den 14. marts 2011, pkt. 6)`): the note leaves the title and is that
 * treatment, of this meeting's body unless it names another's (`Udsat fra Økonomiudvalgets møde ...`); `Udsat` is its verdict.
 */
export function withEarlierNoteOffTitle(item: ParsedItem, meetingBody: string | undefined, line: number): void {
  for (const treatment of item.earlierTreatments) if (treatment.body.charCodeAt(0) < 0x5b && NOTE_VERB_START.test(treatment.body)) earlierNoteLine(treatment, meetingBody);
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

/** The note's verb at a body's start (told before the pattern by its first letter). */
const NOTE_VERB_START = /^(?:udsat|genoptaget|videreført)\s/iu;

/** A dated line or block read as an earlier treatment that is the note (`Genoptaget fra mødet den ...`): its body is the one named after the verb. */
function earlierNoteLine(treatment: ParsedItem['earlierTreatments'][number], meetingBody: string | undefined): void {
  const note = EARLIER_NOTE_BODY.exec(treatment.body);
  if (!note) return;
  const named = note.groups!.body!.trim();
  const body = named.length === 0 || /^mødet$/iu.test(named) ? meetingBody : fromGenitive(named.replace(/s\s+møde$/iu, ''));
  if (!body) return;
  treatment.body = body;
  if (/^udsat$/iu.test(note.groups!.kind!)) treatment.postponed = true;
}
