import { UNTITLED_ITEM } from '../import/minutes-to-commands.mapper.js';
import { meetingAttendance, splitNames } from './parsed-as-actual.js';
import type { ActualItem, ActualMinutes, GoldenOutcome, GoldenVotes } from '../fixtures/golden-facts.types.js';

/**
 * What the REST API shows of one imported meeting, in the scorer's vocabulary: the meeting, and each item's case
 * status and timeline. Shared by the end-to-end acceptance over the layout fixtures and by the dev scorer of real
 * probes through a running service (scripts/dev/score-probe-api.mjs), so that both count exactly what the mapper,
 * the commands and the projections keep. `get` answers a path (with its query) with the parsed JSON body of a 200.
 */
export type GetJson = (path: string) => Promise<any>;

/** Reads wait until the projections reflect every write so far (read-your-writes). */
const CAUGHT_UP = 'minPosition=999999999';

const OUTCOMES: Readonly<Record<string, GoldenOutcome>> = {
  approved: 'approved',
  noted: 'noted',
  recommended: 'recommended',
  rejected: 'rejected',
  discussed: 'discussed',
  postponed: 'postponed',
};

const outcomeOf = (outcome: string | null | undefined): GoldenOutcome | null => (outcome ? (OUTCOMES[outcome] ?? 'other') : null);

interface TimelineEntry {
  kind: string;
  date: string;
  body: string;
  meetingId: string;
  itemNumber: number | null;
  outcome: string | null;
  details: Record<string, any>;
}

/**
 * `municipality`: the slug the import resolved to (the unprefixed routes answer for the default one); `formerName`:
 * a municipality before 2007 is filed under its successor, and the import report names the one the text gives.
 */
export async function readBackThroughApi(get: GetJson, meetingId: string, municipality: string | undefined, formerName?: string): Promise<ActualMinutes> {
  const base = municipality ? `/municipalities/${encodeURIComponent(municipality)}` : '';
  const meeting = await get(`${base}/meetings/${encodeURIComponent(meetingId)}?${CAUGHT_UP}`);
  const items: ActualItem[] = [];
  for (const item of meeting.items as any[]) {
    const casePath = `${base}/cases/${encodeURIComponent(item.caseNumber)}`;
    const timeline: TimelineEntry[] = (await get(`${casePath}/timeline?${CAUGHT_UP}`)).entries;
    // The case shows its journal number as the minutes printed it (`01.02.05P16-8-14` is the case `01.02.05-P16-8-14`);
    // a provisional case the reference printed beside it that names no single case (`00.01A00`), if any.
    const printed: string | null = (await get(`${casePath}?${CAUGHT_UP}`)).printedNumber;
    const here = timeline.filter((entry) => entry.meetingId === meetingId && (item.number === null || entry.itemNumber === null || entry.itemNumber === item.number));
    const presented = here.find((entry) => entry.kind === 'presented');
    const decided = here.find((entry) => entry.kind === 'decided');
    // A postponement can carry vote lines and reservations too (a body votes to postpone).
    const postponed = here.find((entry) => entry.kind === 'postponed' && !entry.details.causedByCancellation);
    const recommended = here.find((entry) => entry.kind === 'recommended');
    const outcome = item.postponed && !item.outcome ? 'postponed' : item.outcome;
    items.push({
      number: item.number,
      // The import's documented marker of an item whose minutes print no title: no title was printed.
      title: item.title === UNTITLED_ITEM ? '' : item.title,
      // A provisional id (`P-...`) is not the printed case number.
      caseNumber: /^P-/u.test(item.caseNumber) ? printed : (printed ?? item.caseNumber),
      closed: item.closed,
      decision:
        outcome || item.decisionText
          ? {
              outcome: outcomeOf(outcome),
              recommendedTo: recommended?.details.toBody ?? null,
              text: item.decisionText,
              decidedBy: presented?.details.decidingBody ?? null,
              votes: votesOf((decided ?? postponed)?.details),
            }
          : null,
      // Earlier treatments this document noted: the case's other meetings, as referenced from this one.
      earlierTreatments: timeline
        .filter((entry) => entry.kind === 'referenced' && entry.details.notedAt === meetingId)
        .map((entry) => ({ body: entry.body, date: entry.date, itemNumber: entry.itemNumber, outcome: outcomeOf(entry.outcome ?? (entry.details.postponed ? 'postponed' : null)) }))
        // A cancelled earlier meeting (`Sagens forløb`: `Mødet aflyst`) postponed the case: the timeline shows it so.
        .concat(
          timeline
            .filter((entry) => entry.kind === 'postponed' && entry.details.causedByCancellation && entry.date < meeting.date)
            .map((entry) => ({ body: entry.body, date: entry.date, itemNumber: entry.itemNumber, outcome: 'postponed' as const })),
        ),
    });
  }
  return {
    municipality: formerName ?? meeting.municipalityName,
    committee: meeting.body,
    date: meeting.date,
    startTime: meeting.startsAt,
    place: meeting.location,
    items,
    attendance: meetingAttendance(
      meeting.participants.map((p: { name: string; attendance: string; role: string | null; partialPresence: string | null }) => ({
        name: p.name,
        attendance: p.attendance,
        ...substituteOf(p.role),
        ...(p.partialPresence ? { partial: p.partialPresence } : {}),
      })),
      (meeting.items as any[]).map((item) => ({ closed: item.closed, absences: item.attendance ?? [] })),
    ),
  };
}

/** The former municipality an import report's warning names (`municipality-former-name`), if any. */
export function formerMunicipalityOf(warnings: ReadonlyArray<{ code: string; message: string }> | undefined): string | undefined {
  const former = warnings?.find((warning) => warning.code === 'municipality-former-name');
  return former ? /names (.+? Kommune)/u.exec(former.message)?.[1] : undefined;
}

function votesOf(details: Record<string, any> | undefined): GoldenVotes | null {
  const votes: Array<{ position: string; who: string }> = details?.votes ?? [];
  const reservations: Array<{ who: string[] }> = details?.reservations ?? [];
  if (votes.length === 0 && reservations.length === 0) return null;
  const list = (position: string) => votes.filter((vote) => vote.position === position).flatMap((vote) => splitNames(vote.who));
  return { for: list('for'), against: list('against'), abstained: list('abstained'), reservations: reservations.flatMap((reservation) => reservation.who) };
}

/** A substitute is named in the participant's role (`stedfortræder for ...`), as the importer writes it. */
function substituteOf(role: string | null): { substituteFor?: string } {
  const standsIn = /stedfortræder for ([^,]+)/u.exec(role ?? '');
  return standsIn ? { substituteFor: standsIn[1]!.replace(/\s*\([^()]*\)\s*$/u, '').trim() } : {};
}
