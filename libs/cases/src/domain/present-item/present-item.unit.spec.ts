import { CancelMeeting } from '../cancel-meeting/cancel-meeting.command.js';
import { decideCancelMeeting } from '../cancel-meeting/cancel-meeting.decide.js';
import { caseStreamId } from '../case-id.js';
import { caseStatus } from '../case-status.js';
import { ClosedItemContent, MeetingMismatch, MeetingNotFound } from '../errors.js';
import { agenda } from '../meeting-state.js';
import { meetingIdFor, meetingStreamId } from '../meeting-id.js';
import { EBU, KB, eventsIn, meta, NYTTE, Scenario } from '../test-fixtures.js';
import { PresentItem, type PresentItemInput } from './present-item.command.js';
import { decidePresentItem, presentItemCaseId } from './present-item.decide.js';

const meeting = { body: EBU, date: '2024-02-06', startTime: '08:00', place: 'Mødecenter C' };
const meetingId = meetingIdFor(EBU, '2024-02-06');

function when(s: Scenario, input: Partial<PresentItemInput> = {}) {
  const command = new PresentItem({ caseId: NYTTE, meeting, itemNumber: 10, title: 'Orientering om nytteindsatsen i Ballerup Kommune', ...input }, meta());
  const caseId = presentItemCaseId(command);
  return { caseId, decision: decidePresentItem(command, { caseId, case: s.caseState(caseId), meeting: s.meetingState(meetingId) }) };
}

describe('PresentItem', () => {
  it('puts the case on the agenda: ItemPresented on the case, AgendaItemAdded on the meeting, which is recorded on the way', () => {
    const { decision } = when(new Scenario(), {
      decidingBody: EBU,
      recommendation: [{ number: 1, text: 'Orientering om nytteindsats tages til efterretning.' }],
      summary: [{ heading: 'Sammendrag', text: 'Med sagen forelægges ...' }],
      attachments: [{ title: 'Oversigt', recommended: true }],
    });
    expect(eventsIn(decision, caseStreamId(NYTTE))).toEqual([
      {
        type: 'ItemPresented',
        schemaVersion: 1,
        data: {
          caseId: NYTTE, meetingId, body: EBU, meetingDate: '2024-02-06', itemNumber: 10, provisional: false,
          title: 'Orientering om nytteindsatsen i Ballerup Kommune', closed: false, decidingBody: EBU,
          recommendation: [{ number: 1, text: 'Orientering om nytteindsats tages til efterretning.' }],
          summary: [{ heading: 'Sammendrag', text: 'Med sagen forelægges ...' }],
          attachments: [{ title: 'Oversigt', recommended: true }],
        },
      },
    ]);
    expect(eventsIn(decision, meetingStreamId(meetingId))).toEqual([
      { type: 'MeetingScheduled', schemaVersion: 1, data: { meetingId, body: EBU, meetingDate: '2024-02-06', startTime: '08:00', place: 'Mødecenter C', implied: true } },
      { type: 'AgendaItemAdded', schemaVersion: 1, data: { caseId: NYTTE, meetingId, body: EBU, meetingDate: '2024-02-06', itemNumber: 10, title: 'Orientering om nytteindsatsen i Ballerup Kommune', closed: false } },
    ]);
  });

  it('an item without a case number gets a provisional id from meeting and item number', () => {
    const s = new Scenario();
    const { caseId, decision } = when(s, { caseId: undefined, itemNumber: 3 });
    expect(caseId).toBe(`P-${meetingId}-3`);
    expect(eventsIn(decision, caseStreamId(caseId))[0]!.data).toMatchObject({ caseId, provisional: true });
    expect(() => when(s, { caseId: undefined, itemNumber: undefined })).toThrow(expect.objectContaining({ field: 'caseId' }));
  });

  it('an item recorded under a provisional case keeps the journal reference the minutes printed beside it', () => {
    const { caseId, decision } = when(new Scenario(), { caseId: undefined, itemNumber: 21, printedCaseNumber: ' 00.01A00 ' });
    expect(eventsIn(decision, caseStreamId(caseId))[0]!.data).toMatchObject({ caseId: `P-${meetingId}-21`, provisional: true, printedCaseNumber: '00.01A00' });
  });

  it('a printed reference beside a journal number is refused: the number is kept as printed already', () => {
    expect(() => when(new Scenario(), { printedCaseNumber: '00.01A00' })).toThrow(expect.objectContaining({ field: 'printedCaseNumber' }));
  });

  it('an item with neither a case number nor a number gets a provisional id from its place on the agenda, and no item number', () => {
    const s = new Scenario();
    const { caseId, decision } = when(s, { caseId: undefined, itemNumber: undefined, agendaPosition: 4 });
    expect(caseId).toBe(`P-${meetingId}-pos-4`);
    const presented = eventsIn(decision, caseStreamId(caseId))[0]!.data;
    expect(presented).toMatchObject({ caseId, provisional: true });
    expect(presented).not.toHaveProperty('itemNumber');
    // The place is read only when nothing better names the case.
    expect(when(s, { caseId: undefined, itemNumber: 7, agendaPosition: 4 }).caseId).toBe(`P-${meetingId}-7`);
    expect(when(s, { agendaPosition: 4 }).caseId).toBe(NYTTE);
    expect(() => when(s, { caseId: undefined, itemNumber: undefined, agendaPosition: 0 })).toThrow(expect.objectContaining({ field: 'caseId' }));
    expect(() => when(s, { caseId: undefined, itemNumber: undefined, agendaPosition: 1.5 })).toThrow(expect.objectContaining({ field: 'agendaPosition' }));
  });

  it('at an already cancelled meeting the item is postponed at once', () => {
    const s = new Scenario();
    s.then(decideCancelMeeting(new CancelMeeting({ meeting, reason: 'Mødet aflyst' }, meta('c')), { meeting: s.meetingState(meetingId), cases: new Map() }));
    const { decision } = when(s);
    expect(eventsIn(decision, caseStreamId(NYTTE)).map((e) => [e.type, (e.data as { causedByCancellation?: boolean }).causedByCancellation])).toEqual([
      ['ItemPresented', undefined],
      ['ItemPostponed', true],
    ]);
  });

  it('a closed item keeps title and number only: content is refused', () => {
    const s = new Scenario();
    expect(() => when(s, { closed: true, summary: [{ heading: 'Sagsfremstilling', text: 'fortroligt' }] })).toThrow(ClosedItemContent);
    const { decision } = when(s, { closed: true, title: 'LUKKET Status på leverandørsamarbejdet' });
    s.then(decision);
    expect(caseStatus(s.caseState(NYTTE))).toMatchObject({ status: 'presented', title: 'LUKKET Status på leverandørsamarbejdet' });
  });

  it('presenting again is a no-op; the agenda lists the case once', () => {
    const s = new Scenario();
    s.then(when(s).decision);
    expect(when(s).decision).toEqual([]);
    expect(agenda(s.meetingState(meetingId)).map((i) => i.caseId)).toEqual([NYTTE]);
  });

  it('a known meeting must match; an unknown one needs body and date', () => {
    const s = new Scenario();
    s.then(when(s).decision);
    expect(() => when(s, { caseId: '00.01.10-P35-9-23', meeting: { meetingId, body: KB } })).toThrow(MeetingMismatch);
    expect(() => when(new Scenario(), { meeting: { meetingId } })).toThrow(MeetingNotFound);
    expect(() => when(new Scenario(), { meeting: { body: EBU, date: '6/2 2024' } })).toThrow(expect.objectContaining({ field: 'meeting.date' }));
  });
});
