import type { DomainEvent, DomainEventType, FactCorrected, Stored } from './events.js';

/**
 * A stream's state as the facts currently in force. Corrections are applied on arrival: a
 * retracted fact leaves the list, a corrected one is replaced by its corrected copy. Everything
 * else (agenda, status) is derived from this list by pure functions, so the arrival order of
 * facts never matters to them.
 */
export interface FactLog<E extends DomainEvent> {
  readonly facts: readonly Stored<E>[];
  /** Every event id seen in the stream, with its type (retracted ones included). */
  readonly seen: ReadonlyMap<string, DomainEventType>;
  readonly retracted: ReadonlySet<string>;
  readonly corrections: readonly Stored<FactCorrected>[];
}

export function emptyLog<E extends DomainEvent>(): FactLog<E> {
  return { facts: [], seen: new Map(), retracted: new Set(), corrections: [] };
}

export function foldFact<E extends DomainEvent>(log: FactLog<E>, event: Stored<E>): FactLog<E> {
  if (log.seen.has(event.eventId)) return log; // the same event folded twice (e.g. a merged stream)
  const seen = new Map(log.seen).set(event.eventId, event.type);
  if (event.type !== 'FactCorrected') return { ...log, seen, facts: [...log.facts, event] };

  const correction = event as Stored<FactCorrected>;
  const { targetEventId, action, changes } = correction.data;
  const corrections = [...log.corrections, correction];
  if (action === 'retracted') {
    return {
      facts: log.facts.filter((f) => f.eventId !== targetEventId),
      seen,
      retracted: new Set(log.retracted).add(targetEventId),
      corrections,
    };
  }
  const facts = log.facts.map((f) =>
    f.eventId === targetEventId ? ({ ...f, data: { ...f.data, ...(changes ?? {}) } } as unknown as Stored<E>) : f,
  );
  return { ...log, seen, facts, corrections };
}

/**
 * The same as `events.reduce(foldFact, log)`, copying the log once instead of once per event: a
 * projection folds a case's whole history for every batch that reaches it.
 */
export function foldFacts<E extends DomainEvent>(log: FactLog<E>, events: readonly Stored<E>[]): FactLog<E> {
  const seen = new Map(log.seen);
  const retracted = new Set(log.retracted);
  const corrections = [...log.corrections];
  let facts = [...log.facts];
  for (const event of events) {
    if (seen.has(event.eventId)) continue;
    seen.set(event.eventId, event.type);
    if (event.type !== 'FactCorrected') {
      facts.push(event);
      continue;
    }
    const correction = event as Stored<FactCorrected>;
    const { targetEventId, action, changes } = correction.data;
    corrections.push(correction);
    if (action === 'retracted') {
      facts = facts.filter((f) => f.eventId !== targetEventId);
      retracted.add(targetEventId);
    } else {
      facts = facts.map((f) => (f.eventId === targetEventId ? ({ ...f, data: { ...f.data, ...(changes ?? {}) } } as unknown as Stored<E>) : f));
    }
  }
  return { facts, seen, retracted, corrections };
}

export function factsOfType<E extends DomainEvent, T extends E['type']>(
  log: FactLog<E>,
  type: T,
): Stored<Extract<E, { type: T }>>[] {
  return log.facts.filter((f) => f.type === type) as Stored<Extract<E, { type: T }>>[];
}
