import type { ParsedItem, ParsedParticipant } from '../parser/parsed-minutes.types.js';

/**
 * The meeting's participants, with those whom a closed item says were partly present
 * (`Kurt Vig (A) deltog ikke i behandlingen af punkt 64-65.` under `Lukket punkt`). A closed item shows
 * its title and number only, so its per-item attendance is never shown; the sentence is still public
 * text about the meeting's attendance, and without this it would be lost. Such a member attended the
 * meeting, partly: a member the head lists keeps its status and gains the note only when it attended.
 */
export function withClosedItemPartialPresence(participants: readonly ParsedParticipant[], items: readonly ParsedItem[]): ParsedParticipant[] {
  const partly = new Map<string, { person: { name: string; party?: string; partial: string; line: number }; items: number[] }>();
  for (const item of items) {
    if (!item.closed) continue;
    for (const person of item.absences) {
      if (!person.partial) continue;
      const seen = partly.get(person.name) ?? { person: { name: person.name, ...(person.party ? { party: person.party } : {}), partial: person.partial, line: person.line }, items: [] };
      if (item.number !== undefined) seen.items.push(item.number);
      partly.set(person.name, seen);
    }
  }
  if (partly.size === 0) return [...participants];
  const note = ({ person, items: numbers }: { person: { partial: string }; items: number[] }) =>
    numbers.length > 0 ? `${person.partial} (punkt ${numbers.join(', ')})` : person.partial;
  const listed = participants.map((participant) => {
    const closedNote = partly.get(participant.name);
    return closedNote && participant.attendance === 'attended' && !participant.partial ? { ...participant, partial: note(closedNote) } : participant;
  });
  const named = new Set(participants.map((participant) => participant.name));
  const added = [...partly.values()]
    .filter(({ person }) => !named.has(person.name))
    .map((seen): ParsedParticipant => ({ name: seen.person.name, ...(seen.person.party ? { party: seen.person.party } : {}), attendance: 'attended', partial: note(seen), line: seen.person.line }));
  return [...listed, ...added];
}
