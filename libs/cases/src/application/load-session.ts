import type { EventStore } from '#event-store';
import { caseStreamId, isProvisionalCaseId, type CaseId } from '../domain/case-id.js';
import { foldCase, linkedProvisionalIds, linkedTo, type CaseState } from '../domain/case-state.js';
import { isDomainEventType, type CaseEvent, type DomainEvent, type MeetingEvent, type Stored } from '../domain/events.js';
import { emptyLog, foldFact, type FactLog } from '../domain/fact-log.js';
import { meetingStreamId, type MeetingId } from '../domain/meeting-id.js';
import { foldMeeting, type MeetingState } from '../domain/meeting-state.js';

/** Where a session reads whole streams: the store, or a batch's view of it. */
export type StreamReader = Pick<EventStore, 'readStream'>;

/** Thrown by a load when a stream already holds this command's events: the runner answers with what it wrote. */
export class CommandAlreadyHandled {
  constructor(readonly streams: string[]) {}
}

export interface LoadedCase {
  /** The case the command acts on: a linked provisional id resolves to the real case. */
  caseId: CaseId;
  streamId: string;
  state: CaseState;
}

/**
 * One attempt's reads. It remembers the version of every stream it read (the expected version
 * of the write) and spots a replayed command by the idempotency key in event metadata.
 */
export class LoadSession {
  readonly versions = new Map<string, number>();

  constructor(
    private readonly store: StreamReader,
    private readonly idempotencyKey: string,
  ) {}

  async meeting(meetingId: MeetingId): Promise<MeetingState> {
    return foldMeeting((await this.read(meetingStreamId(meetingId))) as Stored<MeetingEvent>[]);
  }

  /** The case's own stream, without following or merging links. */
  async rawCase(caseId: CaseId): Promise<CaseState> {
    return foldCase((await this.read(caseStreamId(caseId))) as Stored<CaseEvent>[]);
  }

  /**
   * A case as one history: a provisional id that was linked resolves to the real case, and the
   * real case folds in the streams of the provisional cases linked to it (theirs first, so a
   * correction in the real stream can target a fact recorded under the provisional id).
   */
  async case(caseId: CaseId): Promise<LoadedCase> {
    const own = (await this.read(caseStreamId(caseId))) as Stored<CaseEvent>[];
    const ownState = foldCase(own);
    const realId = isProvisionalCaseId(caseId) ? linkedTo(ownState, caseId) : undefined;
    if (realId) return this.case(realId);
    const provisional: Stored<CaseEvent>[] = [];
    for (const provisionalId of linkedProvisionalIds(ownState)) {
      provisional.push(...((await this.read(caseStreamId(provisionalId))) as Stored<CaseEvent>[]));
    }
    return { caseId, streamId: caseStreamId(caseId), state: provisional.length ? foldCase([...provisional, ...own]) : ownState };
  }

  /** Any stream as a fact log (for corrections). */
  async log(streamId: string): Promise<FactLog<DomainEvent>> {
    return (await this.read(streamId)).reduce(foldFact, emptyLog<DomainEvent>());
  }

  private async read(streamId: string): Promise<Stored[]> {
    const recorded = await this.store.readStream(streamId);
    this.versions.set(streamId, recorded.at(-1)?.streamPosition ?? 0);
    if (recorded.some((e) => e.metadata?.idempotencyKey === this.idempotencyKey)) throw new CommandAlreadyHandled([streamId]);
    // Types this version does not know are skipped: an older reader stays usable.
    return recorded
      .filter((e) => isDomainEventType(e.type))
      .map((e) => ({ eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as Stored);
  }
}
