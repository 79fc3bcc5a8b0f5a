import { type CaseEvent, caseStatus, danishDate, foldCase, isProvisionalCaseId, type IsoDate, type ProvisionalCaseLinkedData, schemeOfCaseId, type Stored } from '#cases';
import type { RecordedEvent } from '#event-store';
import type { CaseView } from '../queries/case.query.js';
import type { TimelineEntryView } from '../queries/timeline.query.js';
import { caseIdOfStream } from '../runner/stream-subject.js';
import { type TimelineEntry, timelineEntries } from './timeline-entries.js';

/**
 * A case as it was recorded at an instant, folded from its events by the same pure functions the
 * projections use (caseStatus over foldCase for the status row, timelineEntries for the timeline,
 * corrections applied as the timeline projection applies them), so that at the present instant it
 * equals what the projections serve.
 */
export interface CaseAsRecorded {
  view: CaseView;
  entries: TimelineEntryView[];
  /** Events of these streams recorded after the instant, and how many of them are corrections. */
  later: { events: number; corrections: number };
}

const byPosition = (a: RecordedEvent, b: RecordedEvent) => (a.globalPosition < b.globalPosition ? -1 : a.globalPosition > b.globalPosition ? 1 : 0);

/**
 * `streams`: the case's own stream and the streams of provisional cases that are (now) linked to it.
 * A provisional stream counts only once its link was recorded by `until`. Undefined when nothing of
 * the case was recorded by then.
 */
export function caseAsRecorded(caseId: string, streams: ReadonlyMap<string, readonly RecordedEvent[]>, until: Date, municipality = ''): CaseAsRecorded | undefined {
  const recorded = (e: RecordedEvent) => e.recordedAt.getTime() < until.getTime();
  const own = (streams.get(`case-${caseId}`) ?? []).filter(recorded);
  if (own.length === 0) return undefined;
  // A provisional case's own stream holds a copy of its link too: only links to this case fold a stream in.
  const links = own.filter((e) => e.type === 'ProvisionalCaseLinked').map((e) => e.data as ProvisionalCaseLinkedData);
  const linked = [...new Set(links.filter((link) => link.caseId === caseId).map((link) => link.provisionalId))].sort();
  const events = [...own, ...linked.flatMap((id) => (streams.get(`case-${id}`) ?? []).filter(recorded))].sort(byPosition);
  const laterEvents = [...streams.values()].flat().filter((e) => !recorded(e));

  const status = caseStatus(foldCase(events as unknown as Stored<CaseEvent>[]));
  const provisional = isProvisionalCaseId(caseId);
  const printed = events.map((e) => e.data as { caseId?: string; printedCaseNumber?: string }).find((d) => d.caseId === caseId && d.printedCaseNumber)?.printedCaseNumber;
  const view: CaseView = {
    municipality,
    caseNumber: caseId,
    printedNumber: provisional ? (printed ?? null) : (printed ?? caseId),
    scheme: provisional ? null : (schemeOfCaseId(caseId) ?? null),
    title: status?.title ?? null,
    status: status?.status ?? null,
    statusSince: status?.statusSince ?? null,
    decidingBody: status?.decidingBody ?? null,
    lastOutcome: status?.lastOutcome?.outcome ?? null,
    postponements: status?.postponements ?? 0,
    firstPresented: status?.firstPresented.meetingDate ?? null,
    lastActivity: status?.lastActivity ?? null,
    version: Math.max(...own.map((e) => e.streamPosition)),
    provisionalIds: linked,
  };
  return {
    view,
    entries: timelineOf(events),
    later: { events: laterEvents.length, corrections: laterEvents.filter((e) => e.type === 'FactCorrected').length },
  };
}

/** The timeline projection's rows for these events, corrected, in the order its query reads them. */
export function timelineOf(events: readonly RecordedEvent[]): TimelineEntryView[] {
  let entries: Array<TimelineEntry & { retracted: boolean }> = [];
  for (const e of [...events].sort(byPosition)) {
    entries.push(...timelineEntries(e).map((entry) => ({ ...entry, retracted: false })));
    if (e.type === 'FactCorrected' && caseIdOfStream(e.streamId)) entries = entries.map((entry) => corrected(entry, e.data as Correction));
  }
  return entries
    .filter((entry) => !entry.retracted)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.itemNumber ?? Infinity) - (b.itemNumber ?? Infinity) ||
        Number(BigInt(a.globalPosition) - BigInt(b.globalPosition)) ||
        a.entry - b.entry,
    )
    .map((entry) => ({
      date: entry.date,
      body: entry.body,
      meetingId: entry.meetingId,
      itemNumber: entry.itemNumber,
      kind: entry.kind,
      outcome: entry.outcome,
      text: entry.text,
      reason: entry.reason,
      source: entry.source,
      details: entry.details,
      eventId: entry.eventId,
      position: entry.globalPosition,
    }));
}

interface Correction {
  targetEventId: string;
  action: 'retracted' | 'corrected';
  changes?: Record<string, unknown>;
}

/** What CaseTimelineProjection's UPDATE statements do to a row, as a function. */
function corrected<E extends TimelineEntry & { retracted: boolean }>(entry: E, { targetEventId, action, changes }: Correction): E {
  if (entry.eventId !== targetEventId) return entry;
  if (action === 'retracted') return { ...entry, retracted: true };
  if (!changes) return entry;
  const given = (key: string) => (changes[key] ?? null) as string | null;
  return {
    ...entry,
    outcome: entry.kind === 'decided' ? (given('outcome') ?? entry.outcome) : entry.outcome,
    text:
      entry.kind === 'decided' ? (given('decisionText') ?? entry.text) : entry.kind === 'presented' ? (given('title') ?? entry.text) : entry.text,
    reason: given('reason') ?? entry.reason,
  };
}

/** The first instant after the Danish calendar day `date` (midnight in Copenhagen is never skipped by DST). */
export function endOfDanishDay(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d + 1);
  const next = danishDate(new Date(midnightUtc));
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(midnightUtc - offsetHours * 3_600_000);
    if (danishDate(candidate) === next && danishDate(new Date(candidate.getTime() - 1)) === date) return candidate;
  }
  throw new Error(`no Copenhagen midnight found after ${date}`);
}
