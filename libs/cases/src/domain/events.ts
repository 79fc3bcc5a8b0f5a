import type { IsoDate } from './calendar.js';
import type { CaseId } from './case-id.js';
import type { MeetingId } from './meeting-id.js';
import type { Outcome } from './outcome.js';

/**
 * The events of the case and meeting streams: the contract every projection reads. Each `data`
 * is self-sufficient (case, meeting, body, date, item number) because projections see one event
 * at a time. Type strings are explicit and stable; a changed shape gets a new schemaVersion and
 * an upcaster, never a new meaning under the old version.
 */

/** Where a meeting is, in every event that happens at one. */
export interface MeetingFacts {
  meetingId: MeetingId;
  /** The body's name as written in the minutes of that day (bodies are renamed over time). */
  body: string;
  meetingDate: IsoDate;
}

/** A case at a meeting: the key a timeline is built on. */
export interface ItemFacts extends MeetingFacts {
  caseId: CaseId;
  /** Number on the meeting's agenda; absent when only a later reference tells of the meeting. */
  itemNumber?: number;
}

export type Attendance = 'attended' | 'apologies' | 'absent';

export interface Participant {
  name: string;
  attendance: Attendance;
  /** Party letter, e.g. `A`, `Ø`. */
  party?: string;
  /** e.g. `formand`, `2. viceborgmester`, `direktør`. */
  role?: string;
  /**
   * Since AttendanceRecorded schema version 2: present for part of the meeting only, as the minutes say it
   * (`forlod mødet kl. 16.30 under behandlingen af punkt 3`, `deltog fra punkt 4`).
   */
  partialPresence?: string;
}

export interface RecommendationPoint {
  number: number;
  text: string;
}

export interface SummarySection {
  heading: string;
  text: string;
}

export interface Attachment {
  title: string;
  /** Marked ANBEFALES: recommended reading. */
  recommended: boolean;
}

export interface PointOutcome {
  point: number;
  outcome: Outcome;
  text: string;
}

// ---- meeting stream: `meeting-<meetingId>` ----

export interface MeetingScheduledData extends MeetingFacts {
  startTime?: string;
  place?: string;
  /** True when the meeting was recorded because something happened at it, not scheduled as such. */
  implied: boolean;
}

export interface MeetingCancelledData extends MeetingFacts {
  reason: string;
}

export interface AttendanceRecordedData extends MeetingFacts {
  participants: Participant[];
  /** Attendance for one item only (per-item `Afbud` lines); absent for the whole meeting. */
  itemNumber?: number;
}

/** The meeting's side of ItemPresented, so the meeting knows its agenda (e.g. to cancel it). */
export interface AgendaItemAddedData extends ItemFacts {
  title?: string;
  closed: boolean;
}

// ---- case stream: `case-<caseId>` ----

export interface ItemPresentedData extends ItemFacts {
  /** Set when caseId is a provisional id. */
  provisional: boolean;
  /**
   * The journal number exactly as printed, when that differs from caseId (its key: `Sag nr. 162`
   * is case `SAG-NR-162`). Absent in events written before schemes and whenever printed = key, so
   * readers take caseId then; an optional addition, readable by every reader: no new schemaVersion.
   * On a provisional case: the journal reference printed beside the item that names no single case
   * (`00.01A00`), when the minutes print one.
   */
  printedCaseNumber?: string;
  title?: string;
  /** Closed item: title and number only; the content fields below are then always empty. */
  closed: boolean;
  decidingBody?: string;
  recommendation: RecommendationPoint[];
  summary: SummarySection[];
  attachments: Attachment[];
}

export interface ItemPostponedData extends ItemFacts {
  reason?: string;
  causedByCancellation: boolean;
  /** Since schema version 2: the vote lines of the postponement (a body may vote to postpone), when any. */
  votes?: Vote[];
  /** Since schema version 2: reservations made on the postponement, when any. */
  reservations?: Reservation[];
}

export type VotePosition = 'for' | 'against' | 'abstained';

/** One vote line of a decision (`For stemte: A, F`): who, as written. */
export interface Vote {
  position: VotePosition;
  who: string;
}

/** A reservation (`<navn> tog forbehold`), as written, with who made it. */
export interface Reservation {
  text: string;
  who: string[];
}

export interface DecisionTakenData extends ItemFacts {
  outcome: Outcome;
  /** The Beslutning text exactly as written. */
  decisionText: string;
  remarks?: string;
  pointOutcomes: PointOutcome[];
  /** Since schema version 2: the decision's vote lines, when it has any. */
  votes?: Vote[];
  /** Since schema version 2: reservations made, when any. */
  reservations?: Reservation[];
}

export interface ItemReferredData extends ItemFacts {
  /** The body this one recommends to, e.g. `Kommunalbestyrelsen`. */
  toBody: string;
}

export type EarlierTreatmentSource = 'tidligere-behandling' | 'sagens-forloeb';

export interface EarlierTreatmentNotedData extends ItemFacts {
  foundIn: EarlierTreatmentSource;
  /** The meeting whose minutes carried the reference, when known. */
  notedAt?: MeetingId;
  /** Since schema version 2: that meeting's outcome, when the reference shows its decision. */
  outcome?: Outcome;
  /** Since schema version 2: the item was postponed at that meeting (a postponement is not an outcome). */
  postponed?: true;
}

export interface ProvisionalCaseLinkedData {
  provisionalId: CaseId;
  /** The real case (normalised journal number). */
  caseId: CaseId;
}

/** A recorded fact corrected or retracted: nothing is updated or deleted, a new event says why. */
export interface FactCorrectedData {
  /** The stream's subject: a case id or a meeting id. */
  subject: { caseId: CaseId } | { meetingId: MeetingId };
  targetEventId: string;
  targetType: CorrectableType;
  action: 'retracted' | 'corrected';
  reason: string;
  /** For `corrected`: the fields that replace the target's (its identity fields never change). */
  changes?: Record<string, unknown>;
}

interface Event<Type extends string, Data, Version extends number = 1> {
  type: Type;
  schemaVersion: Version;
  data: Data;
}

export type MeetingScheduled = Event<'MeetingScheduled', MeetingScheduledData>;
export type MeetingCancelled = Event<'MeetingCancelled', MeetingCancelledData>;
export type AttendanceRecorded = Event<'AttendanceRecorded', AttendanceRecordedData, 2>;
export type AgendaItemAdded = Event<'AgendaItemAdded', AgendaItemAddedData>;
export type ItemPresented = Event<'ItemPresented', ItemPresentedData>;
export type ItemPostponed = Event<'ItemPostponed', ItemPostponedData, 2>;
export type DecisionTaken = Event<'DecisionTaken', DecisionTakenData, 2>;
export type ItemReferred = Event<'ItemReferred', ItemReferredData>;
export type EarlierTreatmentNoted = Event<'EarlierTreatmentNoted', EarlierTreatmentNotedData, 2>;
export type ProvisionalCaseLinked = Event<'ProvisionalCaseLinked', ProvisionalCaseLinkedData>;
export type FactCorrected = Event<'FactCorrected', FactCorrectedData>;

export type MeetingEvent = MeetingScheduled | MeetingCancelled | AttendanceRecorded | AgendaItemAdded | FactCorrected;
export type CaseEvent =
  | ItemPresented
  | ItemPostponed
  | DecisionTaken
  | ItemReferred
  | EarlierTreatmentNoted
  | ProvisionalCaseLinked
  | FactCorrected;
export type DomainEvent = MeetingEvent | CaseEvent;
export type DomainEventType = DomainEvent['type'];

/** Every type string, for registries and projections. */
export const EVENT_TYPES = [
  'MeetingScheduled',
  'MeetingCancelled',
  'AttendanceRecorded',
  'AgendaItemAdded',
  'ItemPresented',
  'ItemPostponed',
  'DecisionTaken',
  'ItemReferred',
  'EarlierTreatmentNoted',
  'ProvisionalCaseLinked',
  'FactCorrected',
] as const satisfies readonly DomainEventType[];

/** Facts that a correction may target: the link and corrections themselves are final. */
export type CorrectableType = Exclude<DomainEventType, 'FactCorrected' | 'ProvisionalCaseLinked'>;

/** The current schema version of each type that has changed shape (all others are at 1). */
export const SCHEMA_VERSIONS: Readonly<Partial<Record<DomainEventType, number>>> = { AttendanceRecorded: 2, DecisionTaken: 2, EarlierTreatmentNoted: 2, ItemPostponed: 2 };

/** Builds an event at its type's current schema version. */
export function event<E extends DomainEvent>(type: E['type'], data: E['data']): E {
  return { type, schemaVersion: SCHEMA_VERSIONS[type] ?? 1, data } as E;
}

/**
 * How stored events of an older schema version read in the current one (the store applies them on read;
 * stored events are never rewritten). DecisionTaken v1 -> v2: votes and reservations were not recorded
 * then, so a v1 decision reads as one without them. EarlierTreatmentNoted v1 -> v2: the earlier meeting's
 * outcome was not recorded then, so a v1 reference reads as one that shows no outcome. AttendanceRecorded
 * v1 -> v2: partial presence had no field of its own (the importer wrote it into the role), so a v1
 * participant reads as one without it. ItemPostponed v1 -> v2: as DecisionTaken, votes and reservations
 * on a postponement were not recorded then.
 */
export const EVENT_UPCASTERS: ReadonlyArray<{ type: DomainEventType; fromVersion: number; upcast: (data: any) => unknown }> = [
  { type: 'AttendanceRecorded', fromVersion: 1, upcast: (data: AttendanceRecordedData) => data },
  { type: 'DecisionTaken', fromVersion: 1, upcast: (data: DecisionTakenData) => data },
  { type: 'EarlierTreatmentNoted', fromVersion: 1, upcast: (data: EarlierTreatmentNotedData) => data },
  { type: 'ItemPostponed', fromVersion: 1, upcast: (data: ItemPostponedData) => data },
];

/** An event together with the id the store knows it by (corrections point at ids). */
export type Stored<E extends DomainEvent = DomainEvent> = E & { eventId: string };

/** What a decide function returns: events per stream, in order. */
export interface StreamEvents {
  streamId: string;
  events: DomainEvent[];
}

export function isDomainEventType(type: string): type is DomainEventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}
