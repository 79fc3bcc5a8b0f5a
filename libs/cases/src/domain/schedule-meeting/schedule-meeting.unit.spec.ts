import { MeetingAlreadyScheduled } from '../errors.js';
import { meetingIdFor, meetingStreamId } from '../meeting-id.js';
import { meetingInfo, meetingStatus } from '../meeting-state.js';
import { PostponeItem } from '../postpone-item/postpone-item.command.js';
import { decidePostponeItem } from '../postpone-item/postpone-item.decide.js';
import { EBU, eventsIn, meta, Scenario } from '../test-fixtures.js';
import { ScheduleMeeting, type ScheduleMeetingInput } from './schedule-meeting.command.js';
import { decideScheduleMeeting } from './schedule-meeting.decide.js';

const id = meetingIdFor(EBU, '2024-02-06');
const when = (s: Scenario, input: Partial<ScheduleMeetingInput> = {}) =>
  decideScheduleMeeting(new ScheduleMeeting({ body: EBU, date: '2024-02-06', startTime: '08:00', place: 'Lokale 29', ...input }, meta()), { meeting: s.meetingState(id) });

describe('ScheduleMeeting', () => {
  it('schedules a meeting under the id derived from body and date, or one given', () => {
    expect(eventsIn(when(new Scenario()), meetingStreamId(id))).toEqual([
      { type: 'MeetingScheduled', schemaVersion: 1, data: { meetingId: id, body: EBU, meetingDate: '2024-02-06', startTime: '08:00', place: 'Lokale 29', implied: false } },
    ]);
    expect(when(new Scenario(), { meetingId: 'ebu-ekstra-2024-02-06' })[0]!.streamId).toBe('meeting-ebu-ekstra-2024-02-06');
  });

  it('again with the same details is a no-op; contradicting details are refused', () => {
    const s = new Scenario();
    s.then(when(s));
    expect(when(s)).toEqual([]);
    expect(() => when(s, { startTime: '16:00' })).toThrow(MeetingAlreadyScheduled);
  });

  it('fills in the details of a meeting that was only implied', () => {
    const s = new Scenario();
    s.then(decidePostponeItem(new PostponeItem({ caseId: '15.00.05-A00-1-19', meeting: { body: EBU, date: '2024-02-06' }, agendaItem: {} }, meta('p')), {
      caseId: '15.00.05-A00-1-19', case: s.caseState('15.00.05-A00-1-19'), meeting: s.meetingState(id),
    }));
    s.then(when(s));
    expect(meetingInfo(s.meetingState(id))).toEqual({ meetingId: id, body: EBU, meetingDate: '2024-02-06', startTime: '08:00', place: 'Lokale 29' });
  });

  it('reports scheduled before the date and held after it (today comes from the clock)', () => {
    const s = new Scenario();
    s.then(when(s));
    expect(meetingStatus(s.meetingState(id), '2024-01-30')).toBe('scheduled');
    expect(meetingStatus(s.meetingState(id), '2024-02-07')).toBe('held');
  });

  it('validates date and time, naming the field', () => {
    expect(() => when(new Scenario(), { date: '2024-13-01' })).toThrow(expect.objectContaining({ field: 'date' }));
    expect(() => when(new Scenario(), { startTime: 'morgen' })).toThrow(expect.objectContaining({ field: 'startTime' }));
  });
});
