import { randomUUID } from 'node:crypto';
import type { NewEvent } from '#event-store';

/**
 * The course of case 15.00.05-A00-1-19 as DOMAIN.md tells it, as the events the domain records:
 * treated 2023-01-17 (a reference), postponed by the cancelled meeting of 2024-01-16, noted 2024-02-06.
 */
export const CASE_ID = '15.00.05-A00-1-19';
export const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
export const MEETINGS = {
  treated: { meetingId: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-01-17', body: BODY, meetingDate: '2023-01-17' },
  cancelled: { meetingId: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-01-16', body: BODY, meetingDate: '2024-01-16' },
  noted: { meetingId: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06', body: BODY, meetingDate: '2024-02-06' },
};
const TITLE = 'Orientering om nytteindsatsen i Ballerup Kommune';
const REASON = 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.';

function fact(type: string, data: unknown, source: string): NewEvent {
  return { eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'importer', source } };
}

export interface StreamFacts {
  streamId: string;
  events: NewEvent[];
}

export function nytteindsatsCourse(): StreamFacts[] {
  const doc = 'document:ballerup-ebu-2024-02-06.txt';
  const caseFacts = { caseId: CASE_ID };
  return [
    {
      streamId: `meeting-${MEETINGS.cancelled.meetingId}`,
      events: [
        fact('MeetingScheduled', { ...MEETINGS.cancelled, implied: true }, `${doc}#L300`),
        fact('AgendaItemAdded', { ...MEETINGS.cancelled, ...caseFacts, title: TITLE, closed: false }, `${doc}#L300`),
        fact('MeetingCancelled', { ...MEETINGS.cancelled, reason: REASON }, `${doc}#L302`),
      ],
    },
    {
      streamId: `meeting-${MEETINGS.noted.meetingId}`,
      events: [
        fact('MeetingScheduled', { ...MEETINGS.noted, startTime: '08:00', place: 'Mødelokale 1', implied: false }, `${doc}#L1`),
        fact('AgendaItemAdded', { ...MEETINGS.noted, ...caseFacts, itemNumber: 10, title: TITLE, closed: false }, `${doc}#L280`),
      ],
    },
    {
      streamId: `case-${CASE_ID}`,
      events: [
        fact('ItemPresented', { ...MEETINGS.noted, ...caseFacts, itemNumber: 10, provisional: false, title: TITLE, closed: false, recommendation: [{ number: 1, text: 'at orienteringen tages til efterretning.' }], summary: [], attachments: [] }, `${doc}#L280`),
        fact('EarlierTreatmentNoted', { ...MEETINGS.treated, ...caseFacts, itemNumber: 1, foundIn: 'tidligere-behandling', notedAt: MEETINGS.noted.meetingId }, `${doc}#L284`),
        fact('ItemPresented', { ...MEETINGS.cancelled, ...caseFacts, provisional: false, title: TITLE, closed: false, recommendation: [], summary: [], attachments: [] }, `${doc}#L300`),
        fact('ItemPostponed', { ...MEETINGS.cancelled, ...caseFacts, reason: REASON, causedByCancellation: true }, `${doc}#L302`),
        fact('DecisionTaken', { ...MEETINGS.noted, ...caseFacts, itemNumber: 10, outcome: 'noted', decisionText: 'Taget til efterretning.', pointOutcomes: [] }, `${doc}#L310`),
      ],
    },
  ];
}
