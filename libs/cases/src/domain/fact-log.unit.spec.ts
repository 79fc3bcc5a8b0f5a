import type { DomainEvent, Stored } from './events.js';
import { emptyLog, foldFact, foldFacts } from './fact-log.js';

const fact = (eventId: string, type: string, data: Record<string, unknown>) => ({ eventId, type, data, schemaVersion: 1 }) as unknown as Stored<DomainEvent>;

describe('foldFacts (given facts, then the log foldFact gives them one by one)', () => {
  const history = [
    fact('a', 'ItemPresented', { title: 'Først', meetingId: 'm1' }),
    fact('b', 'DecisionTaken', { outcome: 'approved', meetingId: 'm1' }),
    fact('a', 'ItemPresented', { title: 'Først', meetingId: 'm1' }),
    fact('c', 'FactCorrected', { targetEventId: 'b', action: 'corrected', changes: { outcome: 'rejected' } }),
    fact('d', 'ItemPostponed', { meetingId: 'm2' }),
    fact('e', 'FactCorrected', { targetEventId: 'd', action: 'retracted' }),
    fact('f', 'FactCorrected', { targetEventId: 'later', action: 'retracted' }),
    fact('later', 'ItemPresented', { title: 'Senere', meetingId: 'm3' }),
  ];

  it('skips repeats, applies corrections and retractions, keeps the rest in order', () => {
    const folded = foldFacts(emptyLog(), history);
    expect(folded).toEqual(history.reduce(foldFact, emptyLog<DomainEvent>()));
    expect(folded.facts.map((f) => [f.eventId, (f.data as { outcome?: string }).outcome])).toEqual([
      ['a', undefined],
      ['b', 'rejected'],
      ['later', undefined],
    ]);
  });

  it('continues a log without changing it', () => {
    const start = foldFacts(emptyLog(), history.slice(0, 3));
    const copy = structuredClone(start);
    expect(foldFacts(start, history.slice(3))).toEqual(history.reduce(foldFact, emptyLog<DomainEvent>()));
    expect(start).toEqual(copy);
  });
});
