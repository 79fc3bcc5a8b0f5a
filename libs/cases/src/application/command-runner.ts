import { Inject, Injectable, Optional } from '@nestjs/common';
import { type AppendRequest, type AppendResult, EVENT_STORE, ExpectedVersion, joinStreamId, VersionConflict, type EventStore, type NewEvent, type RecordedEvent } from '#event-store';
import type { CommandMeta } from '../domain/command.js';
import { DomainError, IdempotencyKeyReused, InvalidInput } from '../domain/errors.js';
import type { StreamEvents } from '../domain/events.js';
import { CLOCK, type Clock } from './clock.js';
import { commandFingerprint, deterministicEventId } from './deterministic-ids.js';
import { ID_GENERATOR, type IdGenerator } from './id-generator.js';
import { BatchReads } from './batch-reads.js';
import { CommandAlreadyHandled, LoadSession, type StreamReader } from './load-session.js';
import { DEFAULT_MUNICIPALITY, municipalityView } from './municipality-view.js';
import { FALLBACK_MUNICIPALITY, parseMunicipality } from '../domain/municipality/municipality.js';

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

/** One command of a batch (runTogether). `requires`: the index of an earlier entry whose failure skips this one. */
export interface BatchEntry {
  command: HandledCommand;
  decide: Decider;
  requires?: number;
}

export type BatchOutcome =
  | { kind: 'done'; result: CommandResult }
  | { kind: 'failed'; error: DomainError | VersionConflict }
  | { kind: 'skipped' };

type Prepared = { kind: 'answered'; result: CommandResult } | { kind: 'write'; requests: AppendRequest[] };

/**
 * What the command wrote. In a batch (`batch` given) a stream's version and the position are those
 * after the whole batch's append, which is where a reader of this command's effects must wait for.
 */
function writtenResult(requests: AppendRequest[], results: AppendResult[], batch: AppendRequest[] = requests): CommandResult {
  const resultOf = (streamId: string) => results[batch.findIndex((r) => r.streamId === streamId)]!;
  return {
    outcome: requests.every((r) => resultOf(r.streamId).outcome === 'duplicate') ? 'duplicate' : 'appended',
    events: requests.flatMap((r) => r.events.map((e) => ({ streamId: r.streamId, eventId: e.eventId, type: e.type }))),
    streams: requests.map((r) => ({ streamId: r.streamId, version: resultOf(r.streamId).nextExpectedVersion })),
    position: results.reduce<bigint | undefined>((max, r) => (r.lastGlobalPosition !== undefined && (max === undefined || r.lastGlobalPosition > max) ? r.lastGlobalPosition : max), undefined),
  };
}

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
    @Optional() @Inject(DEFAULT_MUNICIPALITY) private readonly defaultMunicipality: string = FALLBACK_MUNICIPALITY,
  ) {}

  /** The municipality a command acts in: its own, else the configured default. */
  municipalityOf(meta: CommandMeta | undefined): string {
    return parseMunicipality(meta?.municipality ?? this.defaultMunicipality, 'municipality').slug;
  }

  /** The domain names streams within a municipality; the store keys them by municipality too. */
  private appendIn(municipality: string, requests: AppendRequest[]): Promise<AppendResult[]> {
    return this.store.appendToStreams(requests.map((r) => ({ ...r, streamId: joinStreamId(municipality, r.streamId) })));
  }

  async run(command: HandledCommand, decide: Decider): Promise<CommandResult> {
    const municipality = this.municipalityOf(command.meta);
    for (let attempt = 1; ; attempt++) {
      const prepared = await this.prepare(command, decide, municipalityView(this.store, municipality));
      if (prepared.kind === 'answered') return prepared.result;
      try {
        const results = await this.appendIn(municipality, prepared.requests);
        return writtenResult(prepared.requests, results);
      } catch (error) {
        // With an If-Match the caller decided on what it saw: a conflict is its to resolve.
        if (error instanceof VersionConflict && attempt < MAX_ATTEMPTS && !command.meta.expectedVersions) continue;
        throw error;
      }
    }
  }

  /**
   * Decides the commands one after the other, each against the streams as the ones before it left
   * them, and appends all their events in one transaction: a document's worth of facts in one read
   * and one write instead of one of each per command. A command the domain refuses (or whose
   * If-Match is stale) fails alone and writes nothing; so does one whose `requires` entry failed.
   * `prefetch` names streams to read in a single round trip up front. On a version conflict the
   * whole batch is decided again from fresh reads.
   */
  async runTogether(entries: readonly BatchEntry[], prefetch: readonly string[] = []): Promise<BatchOutcome[]> {
    // A batch is one document's: one municipality.
    const municipalities = new Set(entries.map((e) => this.municipalityOf(e.command.meta)));
    if (municipalities.size > 1) throw new Error(`Bug: one batch of commands for several municipalities (${[...municipalities].join(', ')})`);
    const municipality = [...municipalities][0] ?? this.municipalityOf(undefined);
    for (let attempt = 1; ; attempt++) {
      const reads = new BatchReads(municipalityView(this.store, municipality));
      await reads.prefetch(prefetch);
      const outcomes: Array<BatchOutcome | { kind: 'pending'; requests: AppendRequest[] }> = [];
      for (const entry of entries) {
        const required = entry.requires === undefined ? undefined : outcomes[entry.requires];
        if (required && required.kind !== 'done' && required.kind !== 'pending') {
          outcomes.push({ kind: 'skipped' });
          continue;
        }
        try {
          const prepared = await this.prepare(entry.command, entry.decide, reads);
          if (prepared.kind === 'answered') outcomes.push({ kind: 'done', result: prepared.result });
          else {
            for (const request of prepared.requests) reads.add(request.streamId, request.events);
            outcomes.push({ kind: 'pending', requests: prepared.requests });
          }
        } catch (error) {
          if (error instanceof DomainError || error instanceof VersionConflict) outcomes.push({ kind: 'failed', error });
          else throw error;
        }
      }
      const appends = reads.appends();
      if (appends.length === 0) return outcomes as BatchOutcome[];
      try {
        const results = await this.appendIn(municipality, appends);
        return outcomes.map((outcome) => (outcome.kind === 'pending' ? { kind: 'done', result: writtenResult(outcome.requests, results, appends) } : outcome));
      } catch (error) {
        if (error instanceof VersionConflict && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /** Validates the command's metadata, loads and decides: either an answer already, or the appends to make. */
  private async prepare(command: HandledCommand, decide: Decider, reader: StreamReader): Promise<Prepared> {
    const { meta } = command;
    if (!meta?.idempotencyKey?.trim()) throw new InvalidInput('idempotencyKey', 'must not be empty');
    if (!meta.actor?.trim()) throw new InvalidInput('actor', 'must not be empty');
    const commandType = command.constructor.type ?? command.constructor.name;
    const fingerprint = commandFingerprint(commandType, command.input);
    const session = new LoadSession(reader, meta.idempotencyKey);
    let writes: StreamEvents[];
    try {
      writes = await decide(session, this.clock.now());
    } catch (error) {
      if (error instanceof CommandAlreadyHandled) return { kind: 'answered', result: this.replayed(error.events, meta.idempotencyKey, fingerprint) };
      // The caller decided on an older version: that, not the rule its stale view broke, is the answer.
      throw this.staleExpectation(meta, session) ?? error;
    }
    if (writes.length === 0) return { kind: 'answered', result: { outcome: 'unchanged', events: [], streams: [] } };

    const correlationId = meta.correlationId ?? this.ids.newId();
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
    return { kind: 'write', requests };
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
