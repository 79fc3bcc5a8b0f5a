import { withoutMarkers } from './source-line.js';
import type { Attendance } from './parsed-minutes.types.js';
import { ATTENDANCE_STATUSES } from './vocabulary/attendance.js';

export interface PersonEntry {
  name: string;
  party?: string;
  role?: string;
  /** Attendance stated in the entry itself (`(Afbud)`, `- Deltog`), if any. */
  attendance?: Attendance;
}

/** Splits `A (x, y), B (z)` on the commas outside parentheses. */
export function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

export function attendanceOf(marker: string): Attendance | undefined {
  const key = marker.trim().toLowerCase().replace(/[.:]+$/u, '').replace(/\s+/gu, ' ');
  return ATTENDANCE_STATUSES.find(([pattern]) => pattern.test(key))?.[1];
}

/** `Allan Kristensen (C) (2. viceborgmester) (Afbud)`, `Jette Rau (erhvervschef) - Deltog`. */
export function readPersonEntry(entry: string): PersonEntry | undefined {
  let text = withoutMarkers(entry).trim();
  let attendance: Attendance | undefined;
  const dashed = /^(.*\S)\s+[-–]\s+([^()]+)$/u.exec(text);
  if (dashed && attendanceOf(dashed[2]!)) {
    attendance = attendanceOf(dashed[2]!);
    text = dashed[1]!;
  }
  let party: string | undefined;
  const roles: string[] = [];
  const name = text
    .replace(/\(([^()]*)\)/gu, (_whole, inner: string) => {
      const note = inner.trim();
      const stated = attendanceOf(note);
      if (stated) attendance = stated;
      else if (/^[A-ZÆØÅ]\.?$/u.test(note) && party === undefined) party = note.replace('.', '');
      else if (note) roles.push(note);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || /[()]/u.test(name)) return undefined;
  return {
    name,
    ...(party ? { party } : {}),
    ...(roles.length > 0 ? { role: roles.join(', ') } : {}),
    ...(attendance ? { attendance } : {}),
  };
}
