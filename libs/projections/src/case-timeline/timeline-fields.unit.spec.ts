import fc from 'fast-check';
import type { RecordedEvent } from '#event-store';
import { TIMELINE_FIELDS, timelineEntries } from './timeline-entries.js';

/** Every data field the case events carry (libs/cases' event data), whether the timeline reads it or not. */
const EVENT_FIELDS = [
  'meetingId', 'body', 'meetingDate', 'caseId', 'itemNumber', 'provisional', 'printedCaseNumber', 'title', 'closed', 'decidingBody',
  'recommendation', 'summary', 'attachments', 'reason', 'causedByCancellation', 'outcome', 'decisionText', 'remarks', 'pointOutcomes',
  'votes', 'reservations', 'toBody', 'foundIn', 'notedAt', 'postponed', 'provisionalId', 'subject', 'targetEventId', 'targetType',
  'action', 'changes', 'participants', 'startTime', 'place', 'implied',
];
const TYPES = ['ItemPresented', 'ItemPostponed', 'DecisionTaken', 'ItemReferred', 'EarlierTreatmentNoted', 'FactCorrected', 'ProvisionalCaseLinked'];

const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }))
  // As stored events come back: JSON.
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: 'a1b2c3d4-0000-4000-8000-000000000001', type, schemaVersion: 1, data, metadata: { source: 'document:x.txt#L1' },
  streamId: 'ballerup/case-01.02.03-A00-1-24', streamPosition: 1, globalPosition: 7n, transactionId: 9n, recordedAt: new Date('2024-02-06T12:00:00Z'),
});
const narrowed = (data: Record<string, unknown>) => Object.fromEntries(TIMELINE_FIELDS.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]));

describe('the timeline reads only TIMELINE_FIELDS of an event', () => {
  it('gives the same entries from the event narrowed to them as from the whole event', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.record(Object.fromEntries(EVENT_FIELDS.map((f) => [f, value])), { requiredKeys: [] }), (type, data) => {
        const whole = { ...data, meetingId: data.meetingId ?? 'udvalget-2024-02-06' };
        expect(timelineEntries(recorded(type, narrowed(whole)))).toEqual(timelineEntries(recorded(type, whole)));
      }),
      { numRuns: 500 },
    );
  });
});
