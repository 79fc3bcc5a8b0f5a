import { cleanBodyName, sameBody, spelledOutBody } from './body-name.js';
import { findDanishDate } from './danish-date.js';
import type { ParsedItem, ParsedMeeting } from './parsed-minutes.types.js';
import { ENDS_WITH_BODY_WORD } from './vocabulary/bodies.js';
import { AGENDA_APPROVAL_MEETING, RECOMMENDATION_ADDRESSEE, RECOMMENDED_BODY_DECIDES } from './vocabulary/head-labels.js';

// Last resorts for a meeting whose head does not name it (a document that starts at its first item, an item page
// without the committee): the items' own text does. Each fills only what is missing and must agree with what the
// head did read.

const textsOf = (item: ParsedItem): string[] =>
  [item.title, item.sections.preamble, item.sections.summary, item.sections.description, item.sections.presentation, item.sections.recommendationIntro].filter(
    (text): text is string => text !== undefined,
  );

/** `Godkendelse af dagsorden for ØU den 7. december 2021` in one of the first two items. */
export function readMeetingFromAgendaApproval(meeting: ParsedMeeting, items: readonly ParsedItem[]): void {
  for (const item of items.slice(0, 2)) {
    for (const text of textsOf(item)) {
      const found = AGENDA_APPROVAL_MEETING.exec(text);
      const date = found ? findDanishDate(found.groups!.date!)?.iso : undefined;
      if (!found || !date) continue;
      const body = spelledOutBody(cleanBodyName(found.groups!.body!));
      if ((meeting.date && meeting.date !== date) || (meeting.body && !sameBody(meeting.body, body))) return;
      meeting.date ??= date;
      meeting.body ??= body;
      return;
    }
  }
}

/** The one body every item's recommendation addresses (`... indstiller, at Økonomiudvalget ...`), for a head without one. */
export function readBodyFromRecommendations(meeting: ParsedMeeting, items: readonly ParsedItem[]): void {
  const bodies = new Set<string>();
  for (const item of items) {
    const found = item.sections.recommendationIntro === undefined ? null : RECOMMENDATION_ADDRESSEE.exec(item.sections.recommendationIntro);
    // (Else the first point's deciding body: `Indstilling om,` / `1. at Borgerrepræsentationen godkender ...`.)
    const first = found ? null : item.recommendations[0];
    const point = first ? RECOMMENDED_BODY_DECIDES.exec(first.text) : null;
    const decides = point && ENDS_WITH_BODY_WORD.test(point.groups!.body!) ? point : null;
    if (found ?? decides) bodies.add(cleanBodyName((found ?? decides)!.groups!.body!));
  }
  if (bodies.size === 1) meeting.body = [...bodies][0]!;
}
