import { optionalItemNumber, optionalText, parseIsoDate, parseTimeOfDay, requireText } from './calendar.js';
import type { CaseId } from './case-id.js';
import { caseStreamId } from './case-id.js';
import { appearanceAt, type Appearance, type CaseState } from './case-state.js';
import { InvalidInput, MeetingMismatch, MeetingNotFound } from './errors.js';
import { LIMITS } from './limits.js';
import { event, type AgendaItemAdded, type CaseEvent, type ItemPresented, type MeetingEvent, type MeetingScheduled, type StreamEvents } from './events.js';
import { meetingIdFor, meetingStreamId, parseMeetingId, slugOfBody, type MeetingId } from './meeting-id.js';
import { cancellation, meetingInfo, type MeetingInfo, type MeetingState } from './meeting-state.js';

/** Who and why, carried by every command into its events' metadata (never into data). */
export interface CommandMeta {
  /** Same key, same command: the second time appends nothing. */
  idempotencyKey: string;
  /** An API token's name, or the importer. */
  actor: string;
  /** `api:<method> <path>` or `document:<name>#L<line>`. */
  source?: string;
  correlationId?: string;
  causationId?: string;
  /**
   * The versions the caller last saw of streams it writes (HTTP If-Match), by stream id. A stream
   * that moved on since is a VersionConflict, not retried: the caller must look again.
   */
  expectedVersions?: Readonly<Record<string, number>>;
  /**
   * The municipality (slug) the command acts in: every stream it reads and writes is that
   * municipality's. Absent: the configured default (DEFAULT_MUNICIPALITY).
   */
  municipality?: string;
}

/** A meeting named by id, or by body and date (from which the id is derived). */
export interface MeetingRef {
  meetingId?: string;
  body?: string;
  /** YYYY-MM-DD */
  date?: string;
  startTime?: string;
  place?: string;
}

/** The agenda entry a command may bring along, so one command can present and decide. */
export interface AgendaItemInput {
  itemNumber?: number;
  title?: string;
  closed?: boolean;
  decidingBody?: string;
}

/** The meeting's stream id follows from the reference alone, so a handler knows what to load. */
export function resolveMeetingId(ref: MeetingRef | undefined, field = 'meeting'): MeetingId {
  if (!ref) throw new InvalidInput(field, 'is required');
  if (ref.meetingId) return parseMeetingId(ref.meetingId, `${field}.meetingId`);
  const body = requireText(ref.body, `${field}.body`, LIMITS.name);
  const date = parseIsoDate(ref.date ?? '', `${field}.date`);
  return meetingIdFor(body, date);
}

/**
 * The meeting a command happens at. An unknown meeting is recorded on the way (implied), since
 * imports arrive in any order; this needs its body and date. A known one must match them.
 */
export function ensureMeeting(ref: MeetingRef | undefined, state: MeetingState, field = 'meeting'): { meeting: MeetingInfo; events: MeetingEvent[] } {
  const meetingId = resolveMeetingId(ref, field);
  const given = {
    body: optionalText(ref!.body, `${field}.body`, LIMITS.name),
    date: ref!.date === undefined ? undefined : parseIsoDate(ref!.date, `${field}.date`),
    startTime: ref!.startTime === undefined ? undefined : parseTimeOfDay(ref!.startTime, `${field}.startTime`),
    place: optionalText(ref!.place, `${field}.place`, LIMITS.name),
  };
  const known = meetingInfo(state);
  if (known) {
    // Names are compared by slug: the same committee is written with small variations.
    if (given.body && slugOfBody(given.body) !== slugOfBody(known.body)) {
      throw new MeetingMismatch(meetingId, `body is "${known.body}", not "${given.body}"`);
    }
    if (given.date && given.date !== known.meetingDate) throw new MeetingMismatch(meetingId, `date is ${known.meetingDate}, not ${given.date}`);
    return { meeting: known, events: [] };
  }
  if (!given.body || !given.date) throw new MeetingNotFound(meetingId);
  const meeting: MeetingInfo = {
    meetingId,
    body: given.body,
    meetingDate: given.date,
    ...(given.startTime ? { startTime: given.startTime } : {}),
    ...(given.place ? { place: given.place } : {}),
  };
  return { meeting, events: [event<MeetingScheduled>('MeetingScheduled', { ...meeting, implied: true })] };
}

export interface AgendaOutcome {
  appearance: Appearance | undefined;
  caseEvents: CaseEvent[];
  meetingEvents: MeetingEvent[];
}

/**
 * Puts the case on the meeting's agenda when the command brings the agenda item and the case is
 * not there yet: ItemPresented on the case, AgendaItemAdded on the meeting.
 */
export function presentIfGiven(caseId: CaseId, caseState: CaseState, meeting: MeetingInfo, item: AgendaItemInput | undefined, field: string, itemNumber?: number): AgendaOutcome {
  const appearance = appearanceAt(caseState, meeting.meetingId, itemNumber ?? item?.itemNumber);
  if (appearance?.presented || !item) return { appearance, caseEvents: [], meetingEvents: [] };
  const presented = itemPresented(caseId, meeting, {
    itemNumber: optionalItemNumber(item.itemNumber, `${field}.itemNumber`),
    title: optionalText(item.title, `${field}.title`, LIMITS.title),
    closed: item.closed ?? false,
    decidingBody: optionalText(item.decidingBody, `${field}.decidingBody`, LIMITS.name),
  });
  return { appearance, caseEvents: [presented], meetingEvents: [agendaItemAdded(presented)] };
}

export function itemPresented(
  caseId: CaseId,
  meeting: MeetingInfo,
  item: Partial<Omit<ItemPresented['data'], 'caseId' | 'meetingId' | 'body' | 'meetingDate' | 'provisional'>>,
): ItemPresented {
  return event<ItemPresented>('ItemPresented', {
    caseId,
    meetingId: meeting.meetingId,
    body: meeting.body,
    meetingDate: meeting.meetingDate,
    ...(item.itemNumber !== undefined ? { itemNumber: item.itemNumber } : {}),
    provisional: caseId.startsWith('P-'),
    ...(item.printedCaseNumber ? { printedCaseNumber: item.printedCaseNumber } : {}),
    ...(item.title ? { title: item.title } : {}),
    closed: item.closed ?? false,
    ...(item.decidingBody ? { decidingBody: item.decidingBody } : {}),
    recommendation: item.recommendation ?? [],
    summary: item.summary ?? [],
    attachments: item.attachments ?? [],
  });
}

export function agendaItemAdded(presented: ItemPresented): AgendaItemAdded {
  const { caseId, meetingId, body, meetingDate, itemNumber, title, closed } = presented.data;
  return event<AgendaItemAdded>('AgendaItemAdded', {
    caseId,
    meetingId,
    body,
    meetingDate,
    ...(itemNumber !== undefined ? { itemNumber } : {}),
    ...(title ? { title } : {}),
    closed,
  });
}

export const isCancelled = (state: MeetingState): boolean => cancellation(state) !== undefined;

/** The writes of one decision, leaving out streams with nothing to append. */
export function writes(...parts: Array<[streamId: string, events: ReadonlyArray<CaseEvent | MeetingEvent>]>): StreamEvents[] {
  return parts.filter(([, events]) => events.length > 0).map(([streamId, events]) => ({ streamId, events: [...events] }));
}

export const streams = { case: caseStreamId, meeting: meetingStreamId };
