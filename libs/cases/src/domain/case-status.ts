import type { IsoDate } from './calendar.js';
import type { CaseId } from './case-id.js';
import { appearances, linkedProvisionalIds, type Appearance, type CaseState } from './case-state.js';
import type { MeetingId } from './meeting-id.js';
import { OUTCOMES, type Outcome } from './outcome.js';

export type CaseStatusCode = 'presented' | 'postponed' | 'decided' | 'recommended' | 'withdrawn';

export interface MeetingRefView {
  meetingId: MeetingId;
  body: string;
  meetingDate: IsoDate;
  itemNumber?: number;
}

export interface CaseStatus {
  status: CaseStatusCode;
  /** The date of the meeting the status comes from. */
  statusSince: IsoDate;
  /** The latest meeting in which the case appeared. */
  latestMeeting: MeetingRefView;
  /** The body with the power to decide: named when the case is recommended on. */
  decidingBody?: string;
  lastOutcome?: MeetingRefView & { outcome: Outcome; label: string };
  postponements: number;
  firstPresented: MeetingRefView;
  /** The date of the latest meeting with anything recorded about the case. */
  lastActivity: IsoDate;
  title?: string;
  /** Provisional ids whose history reads as part of this case. */
  provisionalIds: CaseId[];
}

const ref = (a: Appearance): MeetingRefView => ({
  meetingId: a.meetingId,
  body: a.body,
  meetingDate: a.meetingDate,
  ...(a.itemNumber !== undefined ? { itemNumber: a.itemNumber } : {}),
});

function statusAt(a: Appearance): CaseStatusCode {
  if (a.decision) {
    const outcome = a.decision.data.outcome;
    if (outcome === 'recommended') return 'recommended';
    if (outcome === 'withdrawn') return 'withdrawn';
    return 'decided';
  }
  return a.postponement ? 'postponed' : 'presented';
}

/**
 * The case's current status, from the latest meeting (by date, then item number) in which it
 * appeared; undefined for a case with no meeting yet. Retracted facts are already gone from the
 * state, corrected ones already corrected.
 */
export function caseStatus(state: CaseState): CaseStatus | undefined {
  const all = appearances(state);
  const latest = all.at(-1);
  if (!latest) return undefined;
  const status = statusAt(latest);
  const decided = all.filter((a) => a.decision);
  const lastDecision = decided.at(-1);
  const decidingBody =
    status === 'recommended'
      ? (latest.referral?.data.toBody ?? latest.decidingBody)
      : all.map((a) => a.decidingBody).filter(Boolean).at(-1);
  const title = all.map((a) => a.title).filter(Boolean).at(-1);
  return {
    status,
    statusSince: latest.meetingDate,
    latestMeeting: ref(latest),
    ...(decidingBody ? { decidingBody } : {}),
    ...(lastDecision
      ? {
          lastOutcome: {
            ...ref(lastDecision),
            outcome: lastDecision.decision!.data.outcome,
            label: OUTCOMES[lastDecision.decision!.data.outcome],
          },
        }
      : {}),
    postponements: all.filter((a) => a.postponement).length,
    firstPresented: ref(all[0]!),
    lastActivity: latest.meetingDate,
    ...(title ? { title } : {}),
    provisionalIds: linkedProvisionalIds(state),
  };
}
