import { namesIn } from './decision.parser.js';
import type { ParsedItem, ParsedParticipant } from './parsed-minutes.types.js';

/**
 * A member list printed in two columns and extracted a row per line gives two names run together (`Karen Bech
 * Jørgen Ask`): which words make whose name the line does not say, but the rest of the document does when it names
 * the members again (an absence list, a vote, a reservation). Such an entry is split where its parts are names the
 * document prints elsewhere; a part already listed (`Jørgen Ask` under `Fraværende`) keeps its own entry. An entry
 * the document gives no evidence for stays as printed.
 */
export function splitSideBySideNames(participants: readonly ParsedParticipant[], items: readonly ParsedItem[]): ParsedParticipant[] {
  const runTogether = participants.filter((participant) => mayBeTwoNames(participant.name));
  if (runTogether.length === 0) return participants as ParsedParticipant[];
  const known = new Set<string>(participants.filter((participant) => !runTogether.includes(participant)).map((participant) => participant.name));
  for (const item of items) {
    for (const absence of item.absences) known.add(absence.name);
    for (const vote of item.decision?.votes ?? []) for (const name of namesIn(vote.who)) known.add(name);
    for (const reservation of item.decision?.reservations ?? []) for (const name of reservation.who) known.add(name);
  }
  const out: ParsedParticipant[] = [];
  for (const participant of participants) {
    const parts = runTogether.includes(participant) ? splitAtKnownName(participant.name, known) : undefined;
    if (!parts) {
      out.push(participant);
      continue;
    }
    for (const name of parts) {
      if (participants.some((other) => other !== participant && other.name === name)) continue;
      out.push({ ...participant, name });
    }
  }
  return out;
}

/** Four or more capitalised words: two names of two words each at least. */
function mayBeTwoNames(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Two parts of two words or more, one of them (both, when a split has both) a name printed elsewhere. */
function splitAtKnownName(name: string, known: ReadonlySet<string>): [string, string] | undefined {
  const words = name.split(' ');
  let one: [string, string] | undefined;
  for (let at = 2; at <= words.length - 2; at++) {
    const left = words.slice(0, at).join(' ');
    const right = words.slice(at).join(' ');
    if (known.has(left) && known.has(right)) return [left, right];
    if (!one && (known.has(left) || known.has(right))) one = [left, right];
  }
  return one;
}
