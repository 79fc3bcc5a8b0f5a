import { listOf, verbatimText } from './calendar.js';
import { InvalidInput } from './errors.js';
import type { Reservation, Vote } from './events.js';
import { LIMITS } from './limits.js';

/** What a command may carry of how a body voted on an item (a decision or a postponement). */
export interface VoteLinesInput {
  /** Vote lines as written (`For stemte: A, F`). */
  votes?: Array<{ position: 'for' | 'against' | 'abstained'; who: string }>;
  /** Reservations (`<navn> tog forbehold`), as written, with who made them. */
  reservations?: Array<{ text: string; who?: string[] }>;
}

function namesOf(raw: unknown, field: string): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > LIMITS.list) throw new InvalidInput(field, `must be a list of at most ${LIMITS.list} names`);
  return raw.map((name, index) => verbatimText(typeof name === 'string' ? name : '', `${field}[${index}]`));
}

function votePosition(raw: unknown, field: string): Vote['position'] {
  if (raw === 'for' || raw === 'against' || raw === 'abstained') return raw;
  throw new InvalidInput(field, `"${String(raw)}" is not a vote; use for, against or abstained`);
}

/**
 * The vote lines and reservations of a command, validated, as the event keeps them: each field only
 * when it has entries, so that an event without any reads as one written before they were recorded.
 */
export function voteLinesOf(input: VoteLinesInput): { votes?: Vote[]; reservations?: Reservation[] } {
  const votes = listOf(input.votes, 'votes', (v, i) => ({
    position: votePosition(v.position, `votes[${i}].position`),
    who: verbatimText(v.who ?? '', `votes[${i}].who`),
  }));
  const reservations = listOf(input.reservations, 'reservations', (r, i) => ({
    text: verbatimText(r.text ?? '', `reservations[${i}].text`),
    who: namesOf(r.who, `reservations[${i}].who`),
  }));
  return { ...(votes.length > 0 ? { votes } : {}), ...(reservations.length > 0 ? { reservations } : {}) };
}
