import { parseMinutes } from './parse-minutes.js';
import type { ParsedMinutes } from './parsed-minutes.types.js';

/**
 * What the real-minutes probes' convention specs (`<nth>-probe-conventions.unit.spec.ts`) read of an invented text, in
 * one place: the parse, the items as `<nr> <titel>` (` (closed)` after a closed one), the names of one attendance.
 */
export function probeParse(text: string): ParsedMinutes {
  return parseMinutes(text, 'probe.txt');
}

export function probeTitles(text: string): string[] {
  return probeParse(text).items.map((item) => `${item.number ?? '?'} ${item.title}${item.closed ? ' (closed)' : ''}`);
}

export function probeAttendance(text: string, status: string): string[] {
  return probeParse(text).participants.filter((person) => person.attendance === status).map((person) => person.name);
}
