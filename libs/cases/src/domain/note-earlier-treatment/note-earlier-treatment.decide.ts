import { optionalItemNumber, parseIsoDate, requireText } from '../calendar.js';
import type { CaseId } from '../case-id.js';
import { appearanceAt, type CaseState } from '../case-state.js';
import { streams, writes } from '../command.js';
import { InvalidInput } from '../errors.js';
import { event, type EarlierTreatmentNoted, type EarlierTreatmentSource, type StreamEvents } from '../events.js';
import { LIMITS } from '../limits.js';
import { meetingIdFor, parseMeetingId } from '../meeting-id.js';
import { parseOutcome } from '../outcome.js';
import type { NoteEarlierTreatment } from './note-earlier-treatment.command.js';

const SOURCES: EarlierTreatmentSource[] = ['tidligere-behandling', 'sagens-forloeb'];

/**
 * Notes a treatment that later minutes refer to. It puts the meeting in the case's history (the
 * case appeared there) without claiming an agenda entry; the outcome it shows, if any, is kept with it as
 * the reference says it (not as a decision of that meeting). The same reference twice
 * is a no-op, so every later set of minutes may repeat it.
 */
export function decideNoteEarlierTreatment(command: NoteEarlierTreatment, state: { caseId: CaseId; case: CaseState }): StreamEvents[] {
  const { input } = command;
  const body = requireText(input.body, 'body', LIMITS.name);
  const meetingDate = parseIsoDate(input.date, 'date');
  const itemNumber = optionalItemNumber(input.itemNumber, 'itemNumber');
  if (!SOURCES.includes(input.foundIn)) throw new InvalidInput('foundIn', `"${input.foundIn}" is not one of ${SOURCES.join(', ')}`);
  const notedAt = input.notedAt === undefined ? undefined : parseMeetingId(input.notedAt, 'notedAt');
  const outcome = input.outcome === undefined ? undefined : parseOutcome(input.outcome, 'outcome');
  if (input.postponed !== undefined && typeof input.postponed !== 'boolean') throw new InvalidInput('postponed', 'must be true or false');
  const meetingId = meetingIdFor(body, meetingDate);

  const known = appearanceAt(state.case, meetingId);
  if (known?.references.some((r) => r.data.itemNumber === itemNumber || itemNumber === undefined)) return [];

  const noted = event<EarlierTreatmentNoted>('EarlierTreatmentNoted', {
    caseId: state.caseId,
    meetingId,
    body,
    meetingDate,
    ...(itemNumber !== undefined ? { itemNumber } : {}),
    foundIn: input.foundIn,
    ...(notedAt ? { notedAt } : {}),
    ...(outcome ? { outcome } : {}),
    ...(input.postponed ? { postponed: true as const } : {}),
  });
  return writes([streams.case(state.caseId), [noted]]);
}
