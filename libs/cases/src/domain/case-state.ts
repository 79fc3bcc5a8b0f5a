import type { IsoDate } from './calendar.js';
import type { CaseId } from './case-id.js';
import type {
  CaseEvent,
  DecisionTaken,
  EarlierTreatmentNoted,
  ItemPostponed,
  ItemPresented,
  ItemReferred,
  Stored,
} from './events.js';
import { emptyLog, factsOfType, foldFact, foldFacts, type FactLog } from './fact-log.js';
import type { MeetingId } from './meeting-id.js';

/** A case's state: its facts in force. A linked provisional case's facts are folded in too. */
export type CaseState = FactLog<CaseEvent>;

export const initialCaseState = (): CaseState => emptyLog<CaseEvent>();

/** evolve for the case stream: pure, never reads the time. */
export const evolveCase = (state: CaseState, event: Stored<CaseEvent>): CaseState => foldFact(state, event);

export function foldCase(events: readonly Stored<CaseEvent>[]): CaseState {
  return foldFacts(initialCaseState(), events);
}

/** Everything known about the case at one meeting. */
export interface Appearance {
  meetingId: MeetingId;
  body: string;
  meetingDate: IsoDate;
  itemNumber?: number;
  title?: string;
  closed: boolean;
  decidingBody?: string;
  presented?: Stored<ItemPresented>;
  postponement?: Stored<ItemPostponed>;
  decision?: Stored<DecisionTaken>;
  referral?: Stored<ItemReferred>;
  /** Only known from a reference in later minutes (Tidligere behandling, Sagens forløb). */
  references: Stored<EarlierTreatmentNoted>[];
}

/**
 * Of a case's appearances at one meeting, the one an item number names: that item, else one whose
 * number is not known yet. Without a number: the first open one (an open "Meddelelser" beside a
 * closed "Lukket: Meddelelser" of the same case), else the first.
 */
function pick(atMeeting: readonly Appearance[], itemNumber: number | undefined): Appearance | undefined {
  if (itemNumber !== undefined) return atMeeting.find((a) => a.itemNumber === itemNumber) ?? atMeeting.find((a) => a.itemNumber === undefined);
  return atMeeting.find((a) => !a.closed) ?? atMeeting[0];
}

/**
 * The case's items: one per meeting and item number (a case may stand on two items of one
 * meeting), in date order, then item number: never arrival order, so minutes of 2024 imported
 * before those of 2019 give the same history.
 */
export function appearances(state: CaseState): Appearance[] {
  const byMeeting = new Map<MeetingId, Appearance[]>();
  const at = (data: { meetingId: MeetingId; body: string; meetingDate: IsoDate; itemNumber?: number }): Appearance => {
    const atMeeting = byMeeting.get(data.meetingId) ?? [];
    let appearance = pick(atMeeting, data.itemNumber);
    if (!appearance) {
      appearance = { meetingId: data.meetingId, body: data.body, meetingDate: data.meetingDate, closed: false, references: [] };
      byMeeting.set(data.meetingId, [...atMeeting, appearance]);
    }
    appearance.itemNumber ??= data.itemNumber;
    return appearance;
  };
  for (const fact of state.facts) {
    switch (fact.type) {
      case 'ItemPresented': {
        const a = at(fact.data);
        a.presented ??= fact;
        a.title ??= fact.data.title;
        a.closed ||= fact.data.closed;
        a.decidingBody ??= fact.data.decidingBody;
        break;
      }
      case 'ItemPostponed':
        at(fact.data).postponement ??= fact;
        break;
      case 'DecisionTaken':
        at(fact.data).decision ??= fact;
        break;
      case 'ItemReferred':
        at(fact.data).referral ??= fact;
        break;
      case 'EarlierTreatmentNoted':
        at(fact.data).references.push(fact);
        break;
      default:
        break;
    }
  }
  return [...byMeeting.values()].flat().sort(
    (a, b) =>
      a.meetingDate.localeCompare(b.meetingDate) ||
      (a.itemNumber ?? Infinity) - (b.itemNumber ?? Infinity) ||
      a.meetingId.localeCompare(b.meetingId),
  );
}

/** The case's item at the meeting: the numbered one when `itemNumber` is given (see pick). */
export function appearanceAt(state: CaseState, meetingId: MeetingId, itemNumber?: number): Appearance | undefined {
  return pick(
    appearances(state).filter((a) => a.meetingId === meetingId),
    itemNumber,
  );
}

/** On the meeting's agenda: presented there (a reference alone does not put it on an agenda). */
export const isOnAgenda = (appearance: Appearance | undefined): appearance is Appearance & { presented: Stored<ItemPresented> } =>
  appearance?.presented !== undefined;

/** Provisional ids folded into this case. */
export function linkedProvisionalIds(state: CaseState): CaseId[] {
  return [...new Set(factsOfType(state, 'ProvisionalCaseLinked').map((f) => f.data.provisionalId))];
}

/** For a provisional case's own stream: the real case it was linked to. */
export function linkedTo(state: CaseState, provisionalId: CaseId): CaseId | undefined {
  return factsOfType(state, 'ProvisionalCaseLinked').find((f) => f.data.provisionalId === provisionalId)?.data.caseId;
}

export const hasHistory = (state: CaseState): boolean => state.seen.size > 0;
