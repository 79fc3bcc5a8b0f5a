import { findDanishDate, isoDate } from './danish-date.js';
import type { ParsedEarlierTreatment } from './parsed-minutes.types.js';
import { allMatches } from './all-matches.js';
import { ENDS_WITH_BODY_WORD } from './vocabulary/bodies.js';
import { MONTHS } from './vocabulary/dates.js';
import { AT_MEETING_IN, DECISION_KIND_BODY, DECISION_OF_DATE, MAY_TELL_OWN_MEETING, TREATED_AT_OWN_MEETING } from './vocabulary/earlier-prose-forms.js';

/**
 * Earlier treatments told in the short prose forms of `vocabulary/earlier-prose-forms.ts` (`På møde i <organ> den
 * <dato>`, `Følgende byrådsbeslutning af <dato>`, `<organ> behandlede på deres møde 23. april`): the body and the date,
 * no outcome (the forms tell none). This meeting itself is not earlier, nor is a day after it.
 */
export function earlierTreatmentsInShortForms(text: string, line: number, meeting: { date?: string; body?: string }): ParsedEarlierTreatment[] {
  // (Each form is tried only where its words stand, looked for as plain text: the forms are rare, narrative text is long.)
  const atMeeting = text.includes('møde i ');
  const decisionOf = text.includes('beslutning af ') || text.includes('beslutningen af ');
  const ownMeeting = meeting.date !== undefined && MAY_TELL_OWN_MEETING.some((words) => text.includes(words));
  if (!atMeeting && !decisionOf && !ownMeeting) return [];
  const treatments: ParsedEarlierTreatment[] = [];
  const add = (body: string, date: string | undefined, item: string | undefined, told: string): void => {
    // (The name ends in a body word: a capitalised word before it at a sentence's start is not the name's.)
    if (!ENDS_WITH_BODY_WORD.test(body) || !date || date === meeting.date || (meeting.date && date > meeting.date)) return;
    treatments.push({ body: body.replace(/\s+/gu, ' ').trim(), date, itemNumbers: item ? [Number(item)] : [], text: told, line });
  };
  if (atMeeting) for (const match of allMatches(text, AT_MEETING_IN)) add(match.groups!.body!, findDanishDate(match.groups!.date!)?.iso, match.groups!.item, match[0]);
  if (decisionOf) for (const match of allMatches(text, DECISION_OF_DATE)) {
    add(DECISION_KIND_BODY[match.groups!.kind!.toLowerCase()]!, findDanishDate(match.groups!.date!)?.iso, undefined, match[0]);
  }
  if (ownMeeting && meeting.date) {
    const year = Number(meeting.date.slice(0, 4));
    for (const match of allMatches(text, TREATED_AT_OWN_MEETING)) {
      const month = MONTHS[match.groups!.month!.toLowerCase()];
      const day = Number(match.groups!.day);
      const thisYear = month ? isoDate(year, month, day) : undefined;
      // (A day after the meeting's in its year was last year's.)
      const date = thisYear && thisYear > meeting.date ? isoDate(year - 1, month!, day) : thisYear;
      add(match.groups!.body!, date, undefined, match[0]);
    }
  }
  return treatments;
}
