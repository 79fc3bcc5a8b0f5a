import { allMatches } from './all-matches.js';
import type { ParsedItem, ParsedParticipant } from './parsed-minutes.types.js';
import { SEATED_SUBSTITUTE } from './vocabulary/attendance.js';

/**
 * A council's opening item that seats the substitutes in its recommendation, approved as recommended (`Sekretariatet
 * indstiller,` / `at A indtræder som stedfortræder for B,` / `at C indtræder som stedfortræder for D, og` / `at dagsorden
 * ... godkendes.` / `Godkendt.`): A and C stood in for B and D at this meeting. Only the first two items, only where the
 * decision approved what was recommended: a case that seats a member for the rest of the term is read so too, as it
 * seats him for this meeting first.
 */
export function withSeatedSubstitutes(participants: ParsedParticipant[], items: readonly ParsedItem[]): ParsedParticipant[] {
  for (const item of items.slice(0, 2)) {
    if (item.decision?.outcome !== 'approved') continue;
    const recommended = [item.sections.recommendationIntro, ...item.recommendations.map((point) => point.text)].filter((text): text is string => typeof text === 'string');
    for (const text of recommended) {
      if (!text.includes('stedfortræder') && !text.includes('suppleant')) continue;
      for (const seated of allMatches(text, SEATED_SUBSTITUTE)) {
        const [name, standsFor] = [seated.groups!.name!, seated.groups!.for!].map((who) => who.replace(/\s+/gu, ' ').trim());
        const known = participants.find((person) => person.name === name);
        if (known) known.substituteFor ??= standsFor!;
        else participants.push({ name: name!, attendance: 'attended', substituteFor: standsFor!, line: item.line });
        const member = participants.find((person) => person.name === standsFor);
        if (!member) participants.push({ name: standsFor!, attendance: 'absent', line: item.line });
        // (A member the head lists as present whom another came for was away.)
        else if (member.attendance === 'attended' && !member.partial && !member.substituteFor) member.attendance = 'absent';
      }
    }
  }
  return participants;
}
