import { listOf, optionalItemNumber, optionalText, requireText } from '../calendar.js';
import { ensureMeeting, streams, writes } from '../command.js';
import { InvalidInput } from '../errors.js';
import { event, type Attendance, type AttendanceRecorded, type Participant, type StreamEvents } from '../events.js';
import { LIMITS } from '../limits.js';
import type { MeetingState } from '../meeting-state.js';
import type { RecordAttendance } from './record-attendance.command.js';

const ATTENDANCE: Attendance[] = ['attended', 'apologies', 'absent'];

/** Attendance may be recorded for a cancelled meeting too: the apologies explain a missing quorum. */
export function decideRecordAttendance(command: RecordAttendance, state: { meeting: MeetingState }): StreamEvents[] {
  const { input } = command;
  const { meeting, events } = ensureMeeting(input.meeting, state.meeting);
  const participants: Participant[] = listOf(input.participants, 'participants', (p, i) => {
    const field = `participants[${i}]`;
    if (!ATTENDANCE.includes(p.attendance)) throw new InvalidInput(`${field}.attendance`, `"${p.attendance}" is not one of ${ATTENDANCE.join(', ')}`);
    const party = optionalText(p.party, `${field}.party`, LIMITS.name)?.toLocaleUpperCase('da-DK');
    const role = optionalText(p.role, `${field}.role`, LIMITS.name);
    const partialPresence = optionalText(p.partialPresence, `${field}.partialPresence`, LIMITS.title);
    return {
      name: requireText(p.name, `${field}.name`, LIMITS.name),
      attendance: p.attendance,
      ...(party ? { party } : {}),
      ...(role ? { role } : {}),
      ...(partialPresence ? { partialPresence } : {}),
    };
  });
  if (participants.length === 0) throw new InvalidInput('participants', 'must name at least one participant');
  const itemNumber = optionalItemNumber(input.itemNumber, 'itemNumber');
  const recorded = event<AttendanceRecorded>('AttendanceRecorded', {
    meetingId: meeting.meetingId,
    body: meeting.body,
    meetingDate: meeting.meetingDate,
    participants,
    ...(itemNumber !== undefined ? { itemNumber } : {}),
  });
  return writes([streams.meeting(meeting.meetingId), [...events, recorded]]);
}
