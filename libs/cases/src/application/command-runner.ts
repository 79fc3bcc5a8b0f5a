import { Inject, Injectable, Optional } from '@nestjs/common';
import { type AppendRequest, type AppendResult, EVENT_STORE, ExpectedVersion, joinStreamId, splitStreamId, VersionConflict, type EventStore, type NewEvent, type RecordedEvent } from '#event-store';
import type { CommandMeta } from '../domain/command.js';
import { DomainError, IdempotencyKeyReused, InvalidInput } from '../domain/errors.js';
import type { StreamEvents } from '../domain/events.js';
import { CLOCK, type Clock } from './clock.js';
import { CONFLICT_RETRY, type ConflictRetry, defaultConflictRetry, RetryBudget, StreamTurns } from './conflict-retry.js';
import { commandFingerprint, deterministicEventId } from './deterministic-ids.js';
import { ID_GENERATOR, type IdGenerator } from './id-generator.js';
import { BatchReads } from './batch-reads.js';
import { CommandAlreadyHandled, LoadSession, type StreamReader } from './load-session.js';
import { DEFAULT_MUNICIPALITY, municipalityView, type StreamSource } from './municipality-view.js';
import { FALLBACK_MUNICIPALITY, parseMunicipality } from '../domain/municipality/municipality.js';

export interface CommandResult {
  /**
   * `appended`: new facts written; `duplicate`: this command (its idempotency key) was handled
   * before, and the rest is that first result, rebuilt from the stored events; `unchanged`:
   * nothing new to record.
   */
  outcome: 'appended' | 'duplicate' | 'unchanged';
  events: Array<{ streamId: string; eventId: string; type: string }>;
  /** Versions after the write, per stream written (for ETags and read-your-writes). */
  streams: Array<{ streamId: string; version: number }>;
  /** Global position of the last event written: for read-your-writes. */
  position?: bigint;
}

export interface HandledCommand {
  readonly input: unknown;
  readonly meta: CommandMeta;
  readonly constructor: { type?: string; name: string };
}

/** Decides over what the session loaded; may throw a DomainError. */
export type Decider = (session: LoadSession, now: Date) => Promise<StreamEvents[]>;

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
    @Optional() @Inject(CONFLICT_RETRY) private readonly retry: ConflictRetry = defaultConflictRetry,
    @Optional() @Inject(DEFAULT_MUNICIPALITY) private readonly defaultMunicipality: string = FALLBACK_MUNICIPALITY,
  ) {}

  /** The municipality a command acts in: its own, else the configured default. */
  municipalityOf(meta: CommandMeta | undefined): string {
    return parseMunicipality(meta?.municipality ?? this.defaultMunicipality, 'municipality').slug;
  }

  /**
   * The domain names streams within a municipality; the store keys them by municipality too. A
   * conflict names the stream as the domain does, so that If-Match (keyed so) and answers agree.
   */
  private async appendIn(municipality: string, requests: AppendRequest[]): Promise<AppendResult[]> {
    try {
      return await this.store.appendToStreams(requests.map((r) => ({ ...r, streamId: joinStreamId(municipality, r.streamId) })));
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
      throw new VersionConflict(splitStreamId(error.streamId).stream, error.expectedVersion, error.actualVersion);
    }
  }

  private readonly turns = new StreamTurns();

  /**
   * A conflict on a stream the caller pinned (If-Match) is the caller's to resolve: it decided on
   * what it saw. Any other conflict (a meeting many cases are presented at) only means another
   * command won the race, so the command is decided again until it lands or the deadline passes;
   * retries on the same stream take turns, so they do not all collide again.
   */
  async run(command: HandledCommand, decide: Decider): Promise<CommandResult> {
    const budget = new RetryBudget(this.retry);
    const municipality = this.municipalityOf(command.meta);
    const view = municipalityView(this.store, municipality);
    let conflict: VersionConflict | undefined;
    for (;;) {
      const release = conflict && (await this.turns.take(joinStreamId(municipality, conflict.streamId)));
      try {
        // The turn came too late: the last conflict is the answer.
        if (conflict && budget.expired) throw conflict;
        const prepared = await this.prepare(command, decide, view);
        if (prepared.kind === 'answered') return prepared.result;
        const results = await this.appendIn(municipality, prepared.requests);
        const written = writtenResult(prepared.requests, results);
        // A twin request with the same key wrote first: answer what it wrote.
        return written.outcome === 'duplicate' ? await this.replayed(command, prepared.requests.map((r) => r.streamId), view) : written;
      } catch (error) {
        if (!(error instanceof VersionConflict) || error === conflict || isPinned(command.meta, error.streamId)) throw error;
        conflict = error;
      } finally {
        if (release) release();
      }
      if (!(await budget.again())) throw conflict;
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
    const budget = new RetryBudget(this.retry);
    // A batch is one document's: one municipality.
    const municipalities = new Set(entries.map((e) => this.municipalityOf(e.command.meta)));
    if (municipalities.size > 1) throw new Error(`Bug: one batch of commands for several municipalities (${[...municipalities].join(', ')})`);
    const municipality = [...municipalities][0] ?? this.municipalityOf(undefined);
    const view = municipalityView(this.store, municipality);
    for (;;) {
      const reads = new BatchReads(view);
      await reads.prefetch(prefetch);
      const outcomes: Array<BatchOutcome | { kind: 'pending'; requests: AppendRequest[] }> = [];
      for (const entry of entries) {
        const required = entry.requires === undefined ? undefined : outcomes[entry.requires];
        if (required && required.kind !== 'done' && required.kind !== 'pending') {
          outcomes.push({ kind: 'skipped' });
          continue;
        }
        try {
          const prepared = await this.prepare(entry.command, entry.decide, reads, view);
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
        // Decided again from fresh reads, a command whose pinned stream moved on fails alone then.
        if (error instanceof VersionConflict && (await budget.again())) continue;
        throw error;
      }
    }
  }

  /** Validates the command's metadata, loads and decides: either an answer already, or the appends to make. */
  private async prepare(command: HandledCommand, decide: Decider, reader: StreamReader, streams: StreamSource = reader as StreamSource): Promise<Prepared> {
    const { meta } = command;
    if (!meta?.idempotencyKey?.trim()) throw new InvalidInput('idempotencyKey', 'must not be empty');
    if (!meta.actor?.trim()) throw new InvalidInput('actor', 'must not be empty');
    const commandType = command.constructor.type ?? command.constructor.name;
    const fingerprint = commandFingerprint(commandType, command.input);
    const session = new LoadSession(reader, meta.idempotencyKey);
    let writes: StreamEvents[];
    try {
      writes = mergeByStream(await decide(session, this.clock.now()));
    } catch (error) {
      if (error instanceof CommandAlreadyHandled) return { kind: 'answered', result: await this.replayed(command, error.streams, streams) };
      // The caller decided on an older version: that, not the rule its stale view broke, is the answer.
      throw this.staleExpectation(meta, session) ?? error;
    }
    if (writes.length === 0) {
      // If-Match first: "nothing to record" is an answer about a version the caller must have seen.
      const stale = this.staleExpectation(meta, session);
      if (stale) throw stale;
      return { kind: 'answered', result: { outcome: 'unchanged', events: [], streams: [] } };
    }

    const correlationId = meta.correlationId ?? this.ids.newId();
    const commandStreams = writes.map((w) => w.streamId);
    let index = 0;
    const requests = writes.map(({ streamId, events }) => {
      const version = session.versions.get(streamId);
      if (version === undefined) throw new Error(`Bug: ${commandType} writes to ${streamId} without reading it`);
      const expected = meta.expectedVersions?.[streamId];
      if (expected !== undefined && expected !== version) throw new VersionConflict(streamId, expected, version);
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
          // Every stream the command wrote, so that a repeat can answer with all of them.
          commandStreams,
        },
      }));
      return { streamId, events: newEvents, expectedVersion: ExpectedVersion.exact(version) };
    });
    return { kind: 'write', requests };
  }

  private staleExpectation(meta: CommandMeta, session: LoadSession): VersionConflict | undefined {
    for (const [streamId, expected] of Object.entries(meta.expectedVersions ?? {})) {
      const actual = session.versions.get(streamId);
      if (actual !== undefined && actual !== expected) return new VersionConflict(streamId, expected, actual);
    }
    return undefined;
  }

  /**
   * The first answer to a command handled before, rebuilt from its stored events: every stream it
   * wrote (named in the events' metadata), each at the version the command left it, and the
   * position of its last event. `seen` names the streams where its events were found.
   */
  private async replayed(command: HandledCommand, seen: readonly string[], store: StreamSource): Promise<CommandResult> {
    const { meta } = command;
    const fingerprint = commandFingerprint(command.constructor.type ?? command.constructor.name, command.input);
    const found = await store.readStreams(seen);
    const named = [...found.values()].flat().flatMap((e) => (e.metadata.idempotencyKey === meta.idempotencyKey ? commandStreamsOf(e) : []));
    const others = [...new Set(named)].filter((id) => !found.has(id));
    const all = others.length ? new Map([...found, ...(await store.readStreams(others))]) : found;
    // Written in one statement or transaction, in order: the global position orders them as decided.
    const mine = [...all.values()]
      .flat()
      .filter((e) => e.metadata.idempotencyKey === meta.idempotencyKey)
      .sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : a.globalPosition > b.globalPosition ? 1 : 0));
    if (mine.some((e) => e.metadata.commandFingerprint !== fingerprint)) throw new IdempotencyKeyReused(meta.idempotencyKey);
    // If-Match before the repeat: it must name the version the command was first recorded at.
    for (const [streamId, expected] of Object.entries(meta.expectedVersions ?? {})) {
      const first = mine.find((e) => e.streamId === streamId);
      if (first && first.streamPosition - 1 !== expected) {
        throw new VersionConflict(streamId, expected, first.streamPosition - 1, 'the version this Idempotency-Key was first recorded at');
      }
    }
    const versions = new Map<string, number>();
    for (const e of mine) versions.set(e.streamId, Math.max(versions.get(e.streamId) ?? 0, e.streamPosition));
    return {
      outcome: 'duplicate',
      events: mine.map((e) => ({ streamId: e.streamId, eventId: e.eventId, type: e.type })),
      streams: [...versions].map(([streamId, version]) => ({ streamId, version })),
      position: mine.at(-1)?.globalPosition,
    };
  }
}

/** One append per stream: a decision that names a stream twice appends both parts, in order, as one. */
function mergeByStream(writes: StreamEvents[]): StreamEvents[] {
  const byStream = new Map<string, StreamEvents>();
  for (const { streamId, events } of writes) {
    const known = byStream.get(streamId);
    byStream.set(streamId, known ? { streamId, events: [...known.events, ...events] } : { streamId, events });
  }
  return [...byStream.values()];
}

const isPinned = (meta: CommandMeta, streamId: string): boolean => meta.expectedVersions?.[streamId] !== undefined;

/** The streams a stored event's command wrote; events recorded before this was kept name only their own. */
function commandStreamsOf(event: RecordedEvent): string[] {
  const streams = event.metadata.commandStreams;
  return Array.isArray(streams) ? streams.filter((s): s is string => typeof s === 'string') : [event.streamId];
}
