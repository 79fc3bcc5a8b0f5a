import type { ParsedItem } from './parsed-minutes.types.js';

/**
 * `Sagen blev udsat på sidste møde, da udvalget ønskede en trafikvurdering.`: a case's prose that tells, without a date,
 * that the body postponed it at its last meeting (`sidste`, `forrige`, `seneste`; `udvalgets sidste møde`).
 */
const POSTPONED_AT_LAST_MEETING = /\b(?:sagen|punktet|forslaget)\s+(?:blev|var)\s+(?:også\s+)?udsat\s+på\s+(?:\p{Ll}+s\s+)?(?:sidste|forrige|seneste)\s+møde\b/iu;

/**
 * The item's latest earlier treatment by the meeting's own body, with no outcome read, is that postponement: the
 * `Tidligere behandling` line (`Udvalget for Teknik og Miljø den 10. februar 2009, punkt 14`) dates the meeting the
 * prose only calls the last. Nothing is done where no earlier treatment of the body is listed.
 */
export function applyPostponementAtLastMeeting(item: ParsedItem, body: string | undefined): void {
  if (!body || item.earlierTreatments.length === 0) return;
  const { presentation, background, summary, description, preamble } = item.sections;
  const prose = [presentation, background, summary, description, preamble].filter((text) => text !== undefined && text.includes('udsat'));
  if (!prose.some((text) => POSTPONED_AT_LAST_MEETING.test(text!))) return;
  const own = item.earlierTreatments.filter((treatment) => treatment.body.toLowerCase() === body.toLowerCase());
  const latest = own.reduce<(typeof own)[number] | undefined>((found, treatment) => (found === undefined || treatment.date > found.date ? treatment : found), undefined);
  if (latest && latest.outcome === undefined && !latest.postponed) latest.postponed = true;
}
