import { CancelMeeting } from '../cancel-meeting/cancel-meeting.command.js';
import { decideCancelMeeting } from '../cancel-meeting/cancel-meeting.decide.js';
import { EVENT_UPCASTERS, SCHEMA_VERSIONS } from '../events.js';
import { meetingIdFor, meetingStreamId } from '../meeting-id.js';
import { itemAttendance, meetingStatus, participants } from '../meeting-state.js';
import { EBU, eventsIn, meta, Scenario } from '../test-fixtures.js';
import { RecordAttendance } from './record-attendance.command.js';
import { decideRecordAttendance } from './record-attendance.decide.js';

const meeting = { body: EBU, date: '2024-01-16' };
const id = meetingIdFor(EBU, '2024-01-16');

describe('RecordAttendance', () => {
  it('records who attended, sent apologies (afbud) or was absent, with party and role', () => {
    const s = new Scenario();
    const decision = decideRecordAttendance(
      new RecordAttendance({ meeting, participants: [{ name: 'Musa Kekec', attendance: 'attended', party: 'a', role: 'formand' }, { name: 'Lars Green Bach', attendance: 'apologies', party: 'B' }] }, meta()),
      { meeting: s.meetingState(id) },
    );
    expect(eventsIn(decision, meetingStreamId(id)).map((e) => e.type)).toEqual(['MeetingScheduled', 'AttendanceRecorded']);
    s.then(decision);
    expect(participants(s.meetingState(id))).toEqual([
      { name: 'Musa Kekec', attendance: 'attended', party: 'A', role: 'formand' },
      { name: 'Lars Green Bach', attendance: 'apologies', party: 'B' },
    ]);
    expect(meetingStatus(s.meetingState(id), '2024-01-01')).toBe('held');
  });

  it('keeps partial presence as written, beside attendance (AttendanceRecorded v2)', () => {
    const s = new Scenario();
    const decision = decideRecordAttendance(
      new RecordAttendance({ meeting, participants: [{ name: 'Helle Storm', attendance: 'attended', party: 'V', partialPresence: 'forlod mødet kl. 16.30 under behandlingen af punkt 3' }] }, meta()),
      { meeting: s.meetingState(id) },
    );
    const [, recorded] = eventsIn(decision, meetingStreamId(id));
    expect(recorded).toMatchObject({ type: 'AttendanceRecorded', schemaVersion: 2 });
    s.then(decision);
    expect(participants(s.meetingState(id))).toEqual([{ name: 'Helle Storm', attendance: 'attended', party: 'V', partialPresence: 'forlod mødet kl. 16.30 under behandlingen af punkt 3' }]);
  });

  it('reads a stored version-1 record as version 2 without partial presence (upcaster)', () => {
    const v1 = { meetingId: id, body: EBU, meetingDate: '2024-01-16', participants: [{ name: 'Musa Kekec', attendance: 'attended', role: 'formand, forlod mødet kl. 18' }] };
    const upcaster = EVENT_UPCASTERS.find((entry) => entry.type === 'AttendanceRecorded' && entry.fromVersion === 1)!;
    expect(upcaster.upcast(v1)).toEqual(v1);
    expect(SCHEMA_VERSIONS.AttendanceRecorded).toBe(2);
  });

  it('refuses partial presence longer than a title, naming the field', () => {
    const s = new Scenario();
    expect(() =>
      decideRecordAttendance(new RecordAttendance({ meeting, participants: [{ name: 'A', attendance: 'attended', partialPresence: 'x'.repeat(5000) }] }, meta()), { meeting: s.meetingState(id) }),
    ).toThrow(/participants\[0\]\.partialPresence/);
  });

  it('keeps attendance for one item apart from the meeting\'s, per item number', () => {
    const s = new Scenario();
    const record = (itemNumber: number | undefined, name: string, key: string) =>
      s.then(decideRecordAttendance(new RecordAttendance({ meeting, ...(itemNumber === undefined ? {} : { itemNumber }), participants: [{ name, attendance: 'apologies' }] }, meta(key)), { meeting: s.meetingState(id) }));
    record(undefined, 'Musa Kekec', 'm');
    record(3, 'Lars Green Bach', 'i3');
    record(5, 'Lars Green Bach', 'i5');
    expect(participants(s.meetingState(id)).map((p) => p.name)).toEqual(['Musa Kekec']);
    expect([...itemAttendance(s.meetingState(id))]).toEqual([
      [3, [{ name: 'Lars Green Bach', attendance: 'apologies' }]],
      [5, [{ name: 'Lars Green Bach', attendance: 'apologies' }]],
    ]);
  });

  it('may be recorded for a cancelled meeting (the apologies explain it), which stays cancelled', () => {
    const s = new Scenario();
    s.then(decideCancelMeeting(new CancelMeeting({ meeting, reason: 'Ikke beslutningsdygtigt' }, meta('c')), { meeting: s.meetingState(id), cases: new Map() }));
    s.then(decideRecordAttendance(new RecordAttendance({ meeting, participants: [{ name: 'Anja Holtze', attendance: 'apologies' }] }, meta()), { meeting: s.meetingState(id) }));
    expect(meetingStatus(s.meetingState(id), '2024-02-01')).toBe('cancelled');
  });

  it('validates participants, naming the field', () => {
    const s = new Scenario();
    const attempt = (p: unknown[]) => () => decideRecordAttendance(new RecordAttendance({ meeting, participants: p as never }, meta()), { meeting: s.meetingState(id) });
    expect(attempt([])).toThrow(expect.objectContaining({ field: 'participants' }));
    expect(attempt([{ name: 'X', attendance: 'late' }])).toThrow(expect.objectContaining({ field: 'participants[0].attendance' }));
    expect(attempt([{ name: ' ', attendance: 'absent' }])).toThrow(expect.objectContaining({ field: 'participants[0].name' }));
  });
});
