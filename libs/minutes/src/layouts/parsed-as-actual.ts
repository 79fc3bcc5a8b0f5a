import { officialNameOf } from '#cases';
import type { ActualAttendance, ActualItem, ActualMinutes, GoldenOutcome, GoldenVotes } from '../fixtures/index.js';
import type { DecisionOutcome, ParsedDecision, ParsedItem, ParsedMinutes } from '../parser/parsed-minutes.types.js';

/**
 * The parser's reading in the fixture scorer's vocabulary (`ActualMinutes`): what the reader would show a
 * caseworker, so that `scoreFacts` can compare it with the golden facts of a layout fixture.
 */
export function parsedAsActual(parsed: ParsedMinutes): ActualMinutes {
  return {
    // The name the text gives (`Broby Kommune`, before 2007), not only its successor's.
    municipality: parsed.municipality ? officialNameOf(parsed.municipality.formerName ?? parsed.municipality.name) : null,
    committee: parsed.meeting.body ?? null,
    date: parsed.meeting.date ?? null,
    startTime: parsed.meeting.startTime ?? null,
    place: parsed.meeting.location ?? null,
    items: parsed.items.map(actualItem),
    attendance: meetingAttendance(parsed.participants, parsed.items),
  };
}


const OUTCOMES: Readonly<Record<DecisionOutcome, GoldenOutcome>> = {
  noted: 'noted',
  approved: 'approved',
  recommended: 'recommended',
  discussed: 'discussed',
  rejected: 'rejected',
  commented: 'other',
  withdrawn: 'other',
  other: 'other',
};

function outcomeOf(decision: { outcome?: DecisionOutcome; postponed?: boolean }): GoldenOutcome | null {
  if (decision.outcome) return OUTCOMES[decision.outcome];
  return decision.postponed ? 'postponed' : null;
}

function actualItem(item: ParsedItem): ActualItem {
  return {
    number: item.number ?? null,
    title: item.title,
    caseNumber: item.caseNumber ?? null,
    closed: item.closed,
    decision: item.decision
      ? {
          outcome: outcomeOf(item.decision),
          recommendedTo: item.decision.recommendedTo ?? null,
          text: item.decision.text,
          decidedBy: item.decidingBody ?? null,
          votes: votesOf(item.decision),
        }
      : null,
    earlierTreatments: [
      ...item.earlierTreatments.map((treatment) => ({
        body: treatment.body,
        date: treatment.date,
        itemNumber: treatment.itemNumbers[0] ?? null,
        outcome: outcomeOf(treatment),
      })),
      ...item.course.map((entry) => ({ body: entry.body, date: entry.date, itemNumber: null, outcome: outcomeOf(entry) })),
    ],
  };
}

function votesOf(decision: ParsedDecision): GoldenVotes | null {
  if (!decision.votes && !decision.reservations) return null;
  const list = (position: 'for' | 'against' | 'abstained') =>
    (decision.votes ?? []).filter((vote) => vote.position === position).flatMap((vote) => splitNames(vote.who));
  return {
    for: list('for'),
    against: list('against'),
    abstained: list('abstained'),
    reservations: (decision.reservations ?? []).flatMap((reservation) => reservation.who),
  };
}

/** `A, F og V`, `Lise Holm (A) og Bo Berg (V)`: each person or party, without party letters after names. */
export function splitNames(text: string): string[] {
  return text
    .replace(/\.$/u, '')
    .split(/\s*(?:,|;|\bog\b|\bsamt\b)\s*/u)
    .map((name) => name.replace(/\s*\([^()]*\)\s*/gu, ' ').replace(/\s*\(\d+\)$/u, '').trim())
    .filter((name) => name.length > 0 && !/^\d+$/u.test(name));
}

/**
 * The meeting's attendance: the head's statuses, then per-item absences. A member absent from every item
 * counts as absent from the meeting (apologies when the document says `Afbud`); from some items only, partial.
 */
/**
 * The meeting's attendance from its participants and the items' absences (the parse result's, or what the API
 * shows of them).
 */
export interface AttendanceSource {
  name: string;
  /** `attended`, `apologies` or `absent`. */
  attendance: string;
  partial?: string;
  substituteFor?: string;
}

export function meetingAttendance(participants: readonly AttendanceSource[], items: readonly { closed: boolean; absences: readonly { name: string; attendance?: string }[] }[]): ActualAttendance {
  const present = new Set<string>();
  const apologies = new Set<string>();
  const absent = new Set<string>();
  const substitutes: { name: string; for: string }[] = [];
  const partial = new Set<string>();
  for (const participant of participants) {
    if (participant.partial) partial.add(participant.name);
    else if (participant.attendance === 'attended') present.add(participant.name);
    else (participant.attendance === 'apologies' ? apologies : absent).add(participant.name);
    if (participant.substituteFor) substitutes.push({ name: participant.name, for: stripParty(participant.substituteFor) });
    if (participant.partial && participant.attendance === 'attended') present.add(participant.name);
  }
  const byName = new Map<string, { items: Set<number>; apologies: boolean }>();
  items.forEach((item, index) => {
    for (const person of item.absences) {
      const seen = byName.get(person.name) ?? { items: new Set<number>(), apologies: false };
      seen.items.add(index);
      if (person.attendance !== 'absent') seen.apologies = true;
      byName.set(person.name, seen);
    }
  });
  for (const [name, seen] of byName) {
    if (apologies.has(name) || absent.has(name) || partial.has(name)) continue;
    if (seen.items.size >= items.length || (items.length > 2 && seen.items.size >= items.length - items.filter((item) => item.closed).length)) {
      present.delete(name);
      (seen.apologies ? apologies : absent).add(name);
    } else partial.add(name);
  }
  return { present: [...present], apologies: [...apologies], absent: [...absent], substitutes, partial: [...partial].map((name) => ({ name })) };
}

function stripParty(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/u, '').trim();
}
