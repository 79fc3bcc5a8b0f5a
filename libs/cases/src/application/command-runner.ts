import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, ExpectedVersion, VersionConflict, type EventStore, type NewEvent, type RecordedEvent } from '#event-store';
import type { CommandMeta } from '../domain/command.js';
import { IdempotencyKeyReused, InvalidInput } from '../domain/errors.js';
import type { StreamEvents } from '../domain/events.js';
import { CLOCK, type Clock } from './clock.js';
import { commandFingerprint, deterministicEventId } from './deterministic-ids.js';
import { ID_GENERATOR, type IdGenerator } from './id-generator.js';
import { CommandAlreadyHandled, LoadSession } from './load-session.js';

export interface CommandResult {
  /** `appended`: new facts written; `duplicate`: this command was already handled; `unchanged`: nothing new to record. */
  outcome: 'appended' | 'duplicate' | 'unchanged';
  events: Array<{ streamId: string; eventId: string; type: string }>;
  /** Versions after the write, per stream written (for ETags and read-your-writes). */
  streams: Array<{ streamId: string; version: number }>;
  /** Global position of the last event written (or found, for a duplicate): for read-your-writes. */
  position?: bigint;
}

export interface HandledCommand {
  readonly input: unknown;
  readonly meta: CommandMeta;
  readonly constructor: { type?: string; name: string };
}

/** Decides over what the session loaded; may throw a DomainError. */
export type Decider = (session: LoadSession, now: Date) => Promise<StreamEvents[]>;

const MAX_ATTEMPTS = 5;

/**
 * The shell around every command: load, decide, append with the versions read, atomically
 * across streams. On a version conflict it starts over from fresh reads, so the command is
 * decided again against what won the race and fails if it is no longer valid.
 */
@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async run(command: HandledCommand, decide: Decider): Promise<CommandResult> {
    const { meta } = command;
    if (!meta?.idempotencyKey?.trim()) throw new InvalidInput('idempotencyKey', 'must not be empty');
    if (!meta.actor?.trim()) throw new InvalidInput('actor', 'must not be empty');
    const commandType = command.constructor.type ?? command.constructor.name;
    const fingerprint = commandFingerprint(commandType, command.input);
    const correlationId = meta.correlationId ?? this.ids.newId();

    for (let attempt = 1; ; attempt++) {
      const session = new LoadSession(this.store, meta.idempotencyKey);
      let writes: StreamEvents[];
      try {
        writes = await decide(session, this.clock.now());
      } catch (error) {
        if (error instanceof CommandAlreadyHandled) return this.replayed(error.events, meta.idempotencyKey, fingerprint);
        // The caller decided on an older version: that, not the rule its stale view broke, is the answer.
        throw this.staleExpectation(meta, session) ?? error;
      }
      if (writes.length === 0) return { outcome: 'unchanged', events: [], streams: [] };

      let index = 0;
      const requests = writes.map(({ streamId, events }) => {
        const version = session.versions.get(streamId);
        if (version === undefined) throw new Error(`Bug: ${commandType} writes to ${streamId} without reading it`);
        const expected = meta.expectedVersions?.[streamId];
        if (expected !== undefined && expected !== version) throw new VersionConflict(streamId, `version ${expected}`, version);
        const newEvents: NewEvent[] = events.map((e) => ({
          eventId: deterministicEventId(meta.idempotencyKey, index++),
          type: e.type,
          schemaVersion: e.schemaVersion,
          data: e.data,
          metadata: {
            actor: meta.actor,
            ...(meta.source ? { source: meta.source } : {}),
            correlationId,
            ...(meta.causationId ? { causationId: meta.causationId } : {}),
            idempotencyKey: meta.idempotencyKey,
            command: commandType,
            commandFingerprint: fingerprint,
          },
        }));
        return { streamId, events: newEvents, expectedVersion: ExpectedVersion.exact(version) };
      });
      try {
        const results = await this.store.appendToStreams(requests);
        return {
          outcome: results.every((r) => r.outcome === 'duplicate') ? 'duplicate' : 'appended',
          events: requests.flatMap((r) => r.events.map((e) => ({ streamId: r.streamId, eventId: e.eventId, type: e.type }))),
          streams: requests.map((r, i) => ({ streamId: r.streamId, version: results[i]!.nextExpectedVersion })),
          position: results.reduce<bigint | undefined>((max, r) => (r.lastGlobalPosition !== undefined && (max === undefined || r.lastGlobalPosition > max) ? r.lastGlobalPosition : max), undefined),
        };
      } catch (error) {
        // With an If-Match the caller decided on what it saw: a conflict is its to resolve.
        if (error instanceof VersionConflict && attempt < MAX_ATTEMPTS && !meta.expectedVersions) continue;
        throw error;
      }
    }
  }

  private staleExpectation(meta: CommandMeta, session: LoadSession): VersionConflict | undefined {
    for (const [streamId, expected] of Object.entries(meta.expectedVersions ?? {})) {
      const actual = session.versions.get(streamId);
      if (actual !== undefined && actual !== expected) return new VersionConflict(streamId, `version ${expected}`, actual);
    }
    return undefined;
  }

  private replayed(events: RecordedEvent[], key: string, fingerprint: string): CommandResult {
    if (events.some((e) => e.metadata.commandFingerprint !== fingerprint)) throw new IdempotencyKeyReused(key);
    return {
      outcome: 'duplicate',
      events: events.map((e) => ({ streamId: e.streamId, eventId: e.eventId, type: e.type })),
      streams: [],
      position: events.reduce<bigint | undefined>((max, e) => (max === undefined || e.globalPosition > max ? e.globalPosition : max), undefined),
    };
  }
}
