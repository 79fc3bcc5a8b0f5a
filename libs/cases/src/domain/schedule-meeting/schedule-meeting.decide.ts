import { optionalText, parseIsoDate, parseTimeOfDay, requireText } from '../calendar.js';
import { ensureMeeting, streams, writes } from '../command.js';
import { MeetingAlreadyScheduled } from '../errors.js';
import { event, type MeetingScheduled, type StreamEvents } from '../events.js';
import { factsOfType } from '../fact-log.js';
import { LIMITS } from '../limits.js';
import type { MeetingState } from '../meeting-state.js';
import type { ScheduleMeeting } from './schedule-meeting.command.js';

/**
 * Records a meeting. Scheduling a known meeting again is a no-op when nothing new is said; it
 * adds details an implied record lacked; it is refused when it contradicts recorded details
 * (those are changed by a correction, which says why).
 */
export function decideScheduleMeeting(command: ScheduleMeeting, state: { meeting: MeetingState }): StreamEvents[] {
  const { input } = command;
  requireText(input.body, 'body', LIMITS.name);
  parseIsoDate(input.date, 'date');
  const startTime = input.startTime === undefined ? undefined : parseTimeOfDay(input.startTime, 'startTime');
  const place = optionalText(input.place, 'place', LIMITS.name);
  const { meeting, events } = ensureMeeting({ ...input }, state.meeting, 'meeting');
  if (events.length > 0) {
    return writes([streams.meeting(meeting.meetingId), [event<MeetingScheduled>('MeetingScheduled', { ...(events[0] as MeetingScheduled).data, implied: false })]]);
  }
  const conflicts = [
    startTime && meeting.startTime && startTime !== meeting.startTime ? `start ${meeting.startTime}` : undefined,
    place && meeting.place && place !== meeting.place ? `place ${meeting.place}` : undefined,
  ].filter(Boolean);
  if (conflicts.length > 0) throw new MeetingAlreadyScheduled(meeting.meetingId, conflicts.join(', '));
  const explicitlyScheduled = factsOfType(state.meeting, 'MeetingScheduled').some((f) => !f.data.implied);
  const addsDetail = (startTime && !meeting.startTime) || (place && !meeting.place);
  if (explicitlyScheduled && !addsDetail) return [];
  return writes([
    streams.meeting(meeting.meetingId),
    [
      event<MeetingScheduled>('MeetingScheduled', {
        meetingId: meeting.meetingId,
        body: meeting.body,
        meetingDate: meeting.meetingDate,
        ...((startTime ?? meeting.startTime) ? { startTime: startTime ?? meeting.startTime } : {}),
        ...((place ?? meeting.place) ? { place: place ?? meeting.place } : {}),
        implied: false,
      }),
    ],
  ]);
}
