import type { ParsedItem, ParsedParticipant } from '../parser/parsed-minutes.types.js';
import { withClosedItemPartialPresence } from './closed-item-partial-presence.js';

const item = (number: number, closed: boolean, absences: ParsedItem['absences']): ParsedItem => ({ number, closed, absences, title: `Punkt ${number}`, line: number * 10 }) as unknown as ParsedItem;
const left = (name: string, line: number) => ({ name, party: 'A', attendance: 'absent' as const, partial: 'deltog ikke i behandlingen', line });

describe('withClosedItemPartialPresence (unit)', () => {
  it('a member partly absent from closed items only is recorded at the meeting: attended, partly, with the items', () => {
    const items = [item(63, false, []), item(64, true, [left('Karen Holm', 641)]), item(65, true, [left('Karen Holm', 651)])];
    expect(withClosedItemPartialPresence([], items)).toEqual([
      { name: 'Karen Holm', party: 'A', attendance: 'attended', partial: 'deltog ikke i behandlingen (punkt 64, 65)', line: 641 },
    ]);
  });

  it('a member the head lists as attending gains the note; one listed with apologies or a note of its own keeps it', () => {
    const head: ParsedParticipant[] = [
      { name: 'Karen Holm', attendance: 'attended', line: 3 },
      { name: 'Ole Berg', attendance: 'apologies', line: 4 },
      { name: 'Lis Dam', attendance: 'attended', partial: 'forlod mødet efter pkt. 2', line: 5 },
    ];
    const items = [item(7, true, [left('Karen Holm', 70), left('Ole Berg', 71), left('Lis Dam', 72)])];
    expect(withClosedItemPartialPresence(head, items)).toEqual([
      { name: 'Karen Holm', attendance: 'attended', partial: 'deltog ikke i behandlingen (punkt 7)', line: 3 },
      head[1],
      head[2],
    ]);
  });

  it('absences from open items and plain apologies change nothing: those items show their own attendance', () => {
    const head: ParsedParticipant[] = [{ name: 'Karen Holm', attendance: 'attended', line: 3 }];
    const items = [item(1, false, [left('Karen Holm', 10)]), item(2, true, [{ name: 'Ole Berg', line: 20 }])];
    expect(withClosedItemPartialPresence(head, items)).toEqual(head);
  });
});
