import type { ParsedItem, ParsedParticipant } from './parsed-minutes.types.js';

/**
 * A name folded as OCR without Danish letters may read it (`Bjørn` as `Bjorn` or `Bj0rn`, `Kær` as `Kaer`, `Å` as
 * `Aa`), lower-cased: two spellings of one name fold alike.
 */
const folded = (name: string) =>
  name
    .toLowerCase()
    .replace(/[øö0]/gu, 'o')
    .replace(/æ/gu, 'ae')
    .replace(/å/gu, 'aa');

/**
 * The items' absence sentences with each name spelled as the head's member list spells it, where only a Danish letter
 * tells the two apart (an OCR'd protocol's `Bjorn Aagaard forlod rnødet ...` under `Til stede: ... Bjørn Aagaard`): the
 * member is one person, named as the list names him. A name that folds to no member's, or to two, stays as printed.
 */
export function absencesSpelledAsListed(items: readonly ParsedItem[], participants: readonly ParsedParticipant[]): void {
  if (participants.length === 0) return;
  const listed = new Set(participants.map((participant) => participant.name));
  for (const item of items) {
    for (const absence of item.absences) {
      if (listed.has(absence.name)) continue;
      const key = folded(absence.name);
      const members = participants.filter((participant) => folded(participant.name) === key);
      if (members.length === 1) absence.name = members[0]!.name;
    }
  }
}
