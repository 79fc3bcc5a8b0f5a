import type { Attendance, ParsedItem, ParsedParticipant } from './parsed-minutes.types.js';
import { ABSENCE_ITEM_TITLE, AGENDA_APPROVAL_TITLE, AWAY_FROM_ITEMS } from './vocabulary/attendance.js';

/** The item numbers a partial presence names (`sag 129-138`, `deltog ikke under punkterne 12-15`, `pkt. 3 og 5`). */
export function itemNumbersNamed(partial: string): number[] | undefined {
  const named = ITEMS_NAMED.exec(partial);
  if (!named) return undefined;
  const numbers: number[] = [];
  for (const part of named.groups!.list!.split(/\s*(?:,|og)\s*/u)) {
    const [from, to] = part.split(/\s*[-–]\s*/u).map(Number);
    // (A range backwards or wider than any agenda is no list of items.)
    const last = to ?? from!;
    if (last < from! || last - from! > 200) return undefined;
    for (let number = from!; number <= last; number++) numbers.push(number);
  }
  return numbers;
}

const ITEMS_NAMED = /(?:sag(?:erne)?|sager|pkt\.?|punkt(?:erne)?|dagsordenspunkt(?:erne)?)\s*(?<list>\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|og)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)/iu;

/** Whether `numbers` hold every numbered item of the meeting (at least two items): away from all of it. */
export function coversEveryItem(numbers: readonly number[], items: readonly ParsedItem[]): boolean {
  const numbered = items.filter((item) => item.number !== undefined);
  return numbered.length >= 2 && numbered.every((item) => numbers.includes(item.number!));
}

/**
 * `A (F) deltog ikke under punkterne 12-15.` written in item 1's text (Køge) names the items A was away from, not item 1:
 * the absence moves to those items (each absent for the whole of it), and leaves the item it was written in when that
 * item is not among them. Only the meeting's opening item (the first, or the agenda's approval or the absence item)
 * tells the meeting's attendance so: elsewhere an item that names another item's number keeps what it says.
 */
export function absencesMovedToNamedItems(items: readonly ParsedItem[]): void {
  for (const [index, item] of items.entries()) {
    if (index > 0 && !AGENDA_APPROVAL_TITLE.test(item.title) && !ABSENCE_ITEM_TITLE.test(item.title)) continue;
    if (item.number === undefined || !item.absences.some((person) => person.partial !== undefined && AWAY_FROM_ITEMS.test(person.partial))) continue;
    item.absences = item.absences.filter((person) => {
      const numbers = person.partial !== undefined && AWAY_FROM_ITEMS.test(person.partial) ? itemNumbersNamed(person.partial) : undefined;
      if (!numbers || numbers.includes(item.number!)) return true;
      for (const named of items) {
        if (named.number === undefined || !numbers.includes(named.number) || named.absences.some((other) => other.name === person.name)) continue;
        named.absences.push({ name: person.name, ...(person.party ? { party: person.party } : {}), attendance: 'absent', line: person.line });
      }
      return false;
    });
  }
}

/**
 * A member the head lists and then names on its absence list with items (Rødovre's `Fraværende` / `A (A), sag 129-138`):
 * away from those items only, unless they are every item of the meeting (`Sager 129 - 138`): then away from the meeting.
 * So too a member a decision says took no part in items that are all the meeting's.
 */
export function awayFromEveryItem(participants: ParsedParticipant[], awayForItems: readonly { participant: ParsedParticipant; attendance: Attendance }[], items: readonly ParsedItem[]): ParsedParticipant[] {
  const away = new Map<ParsedParticipant, Attendance>(awayForItems.map((entry) => [entry.participant, entry.attendance]));
  for (const participant of participants) {
    if (participant.attendance !== 'attended' || participant.partial === undefined) continue;
    const attendance = away.get(participant) ?? (AWAY_FROM_ITEMS.test(participant.partial) ? 'absent' : undefined);
    const numbers = attendance ? itemNumbersNamed(participant.partial) : undefined;
    if (!numbers || !coversEveryItem(numbers, items)) continue;
    participant.attendance = attendance!;
    delete participant.partial;
  }
  return participants;
}
