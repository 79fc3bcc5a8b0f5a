import { createHash } from 'node:crypto';
import {
  CancelMeetingHandler,
  CommandRunner,
  CorrectFact,
  NoteEarlierTreatmentHandler,
  PostponeItemHandler,
  PresentItemHandler,
  RecordAttendanceHandler,
  RecordDecisionHandler,
  ScheduleMeetingHandler,
  commandFingerprint,
  emptyLog,
  foldFact,
  isDomainEventType,
  type Clock,
  type CommandMeta,
  type CommandResult,
  type DomainEvent,
  type Stored,
} from '#cases';
import { type AppendRequest, type AppendResult, type EventStore, type NewEvent, type ReadStreamOptions, type RecordedEvent, splitStreamId } from '#event-store';
import type { ImportCommand } from './minutes-to-commands.mapper.js';

/** Fields that place a fact in the history: the domain refuses to correct them. */
const IDENTITY = new Set(['caseId', 'meetingId', 'body', 'meetingDate', 'provisional', 'closed']);

/** The republished version says something the earlier facts cannot be corrected into. */
export class NotCorrectable extends Error {
  override readonly name = 'NotCorrectable';
}

type Handler = { execute(command: never): Promise<CommandResult> };
type HandlerClass = new (runner: CommandRunner) => Handler;

const HANDLERS: Readonly<Record<string, HandlerClass>> = {
  ScheduleMeeting: ScheduleMeetingHandler,
  RecordAttendance: RecordAttendanceHandler,
  PresentItem: PresentItemHandler,
  RecordDecision: RecordDecisionHandler,
  PostponeItem: PostponeItemHandler,
  NoteEarlierTreatment: NoteEarlierTreatmentHandler,
  CancelMeeting: CancelMeetingHandler,
};

/**
 * Minutes are sometimes republished with changes. The changed version sends its commands under the
 * keys of the first version, and the CommandRunner refuses a reused key with a different command
 * (IdempotencyKeyReused). This works out what the earlier command wrote and what the new one would
 * write, fact by fact, and turns the differences into corrections.
 *
 * "What the new one would write" is decided by the domain itself: the command's own handler runs
 * over a read-only view of the store in which the earlier command never happened (its events and
 * the corrections of them left out), and the events it tries to append are caught, not written.
 * Their ids are deterministicEventId(key, index), as were the earlier ones', so they pair up by id.
 */
export class RepublicationCorrector {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async corrections(command: ImportCommand, reason: string): Promise<CorrectFact[]> {
    const key = command.meta.idempotencyKey;
    const wouldWrite = await this.probe(command);
    const corrections: CorrectFact[] = [];
    for (const request of wouldWrite) {
      const recorded = await this.store.readStream(request.streamId);
      const inForce = recorded.filter((e) => isDomainEventType(e.type)).map(toStored).reduce(foldFact, emptyLog<DomainEvent>());
      const earlier = recorded.filter((e) => e.metadata?.idempotencyKey === key);
      const subject = subjectOf(request.streamId);
      const fresh = new Set(request.events.map((e) => e.eventId));

      for (const [index, next] of request.events.entries()) {
        const current = inForce.facts.find((f) => f.eventId === next.eventId);
        if (!current) {
          const why = inForce.retracted.has(next.eventId) ? 'it was retracted' : 'the earlier version did not record it';
          throw new NotCorrectable(`the republished minutes state a ${next.type} that cannot be recorded as a correction (${why})`);
        }
        if (current.type !== next.type) throw new NotCorrectable(`the republished minutes state a ${next.type} where a ${current.type} was recorded`);
        const changes = differences(current.data as unknown as Record<string, unknown>, next.data as Record<string, unknown>, next.type);
        if (!changes) continue;
        // Keyed by the new content: importing the same republished version again sends the same correction.
        corrections.push(
          new CorrectFact(
            { ...subject, targetEventId: next.eventId, action: 'correct', reason, changes },
            correctionMeta(command.meta, `${key}:correct:${index}:${contentHash(next.data)}`),
          ),
        );
      }
      // Facts the earlier version recorded and the republished one no longer states (e.g. a referral).
      for (const stale of earlier) {
        if (fresh.has(stale.eventId) || !inForce.facts.some((f) => f.eventId === stale.eventId)) continue;
        corrections.push(
          new CorrectFact(
            { ...subject, targetEventId: stale.eventId, action: 'retract', reason },
            correctionMeta(command.meta, `${key}:retract:${stale.eventId}:${contentHash(request.events.map((e) => e.data))}`),
          ),
        );
      }
    }
    return corrections;
  }

  /** The appends the command would make if the earlier command with its key had never run. */
  private async probe(command: ImportCommand): Promise<AppendRequest[]> {
    const type = (command.constructor as { type?: string }).type ?? command.constructor.name;
    const Handler = HANDLERS[type];
    if (!Handler) throw new Error(`Bug: no handler for ${type}`);
    const view = new WithoutCommandView(this.store, command.meta.idempotencyKey);
    const runner = new CommandRunner(view, this.clock, { newId: () => 'probe' });
    try {
      // Same key, so the would-be events get the ids the earlier ones have; the view hides those.
      await new Handler(runner).execute(command as never);
    } catch (error) {
      if (error instanceof CaughtAppend) return error.requests;
      throw error;
    }
    return [];
  }
}

/** Thrown by the view instead of appending: carries what would have been written. */
class CaughtAppend {
  constructor(readonly requests: AppendRequest[]) {}
}

/**
 * The store as it would be without one command: its events, and corrections of them, left out.
 * Reads only; an append is caught and handed back.
 */
class WithoutCommandView implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly idempotencyKey: string,
  ) {}

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(streamId, options);
    const left = new Set(events.filter((e) => e.metadata?.idempotencyKey === this.idempotencyKey).map((e) => e.eventId));
    return events.filter((e) => !left.has(e.eventId) && !(e.type === 'FactCorrected' && left.has((e.data as { targetEventId?: string }).targetEventId ?? '')));
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    return new Map(await Promise.all(streamIds.map(async (id) => [id, await this.readStream(id)] as const)));
  }

  async appendToStreams(requests: AppendRequest[]): Promise<AppendResult[]> {
    throw new CaughtAppend(requests);
  }

  async appendToStream(streamId: string, events: NewEvent[]): Promise<AppendResult> {
    throw new CaughtAppend([{ streamId, events }]);
  }

  streamVersion(streamId: string): Promise<number> {
    return this.store.streamVersion(streamId);
  }

  readAll(): Promise<RecordedEvent[]> {
    throw new Error('Bug: a command handler read the global log');
  }
}

/** The data fields that differ (identity fields must not); null for a field the new version leaves out. */
function differences(current: Record<string, unknown>, next: Record<string, unknown>, type: string): Record<string, unknown> | undefined {
  const changes: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(current), ...Object.keys(next)])) {
    const [was, now] = [current[field] ?? null, next[field] ?? null];
    if (stable(was) === stable(now)) continue;
    if (IDENTITY.has(field)) throw new NotCorrectable(`the republished minutes change ${field} of a ${type} (${JSON.stringify(was)} → ${JSON.stringify(now)}), which identifies the fact`);
    changes[field] = now;
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

function subjectOf(qualified: string): { caseId: string } | { meetingId: string } {
  const streamId = splitStreamId(qualified).stream;
  if (streamId.startsWith('case-')) return { caseId: streamId.slice('case-'.length) };
  if (streamId.startsWith('meeting-')) return { meetingId: streamId.slice('meeting-'.length) };
  throw new Error(`Bug: ${streamId} is neither a case nor a meeting stream`);
}

function correctionMeta(meta: CommandMeta, idempotencyKey: string): CommandMeta {
  return { ...meta, idempotencyKey, causationId: meta.idempotencyKey };
}

/** A digest of a value that ignores key order (the runner's fingerprint rule): equal data, equal digest. */
const stable = (value: unknown): string => commandFingerprint('', value);

const contentHash = (value: unknown): string => createHash('sha256').update(stable(value)).digest('hex').slice(0, 16);

const toStored = (e: RecordedEvent): Stored => ({ eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as Stored;
