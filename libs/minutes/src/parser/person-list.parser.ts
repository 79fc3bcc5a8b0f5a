import { mayStartLike } from './line-prefilter.js';
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
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x28 /* ( */) depth++;
    else if (code === 0x29 /* ) */) depth = Math.max(0, depth - 1);
    else if ((code === 0x2c /* , */ || code === 0x3b /* ; */) && depth === 0) {
      pushTrimmed(parts, text.slice(from, index));
      from = index + 1;
    }
  }
  pushTrimmed(parts, text.slice(from));
  return parts;
}

function pushTrimmed(parts: string[], part: string): void {
  const trimmed = part.trim();
  if (trimmed.length > 0) parts.push(trimmed);
}

/** The words every status starts with, from the table: most texts start with none of them. */
const mayBeStatus = mayStartLike(ATTENDANCE_STATUSES.map(([pattern]) => pattern), { ignoreCase: true });

/** The attendance a status text states (`Afbud`, `deltog ikke.`), if it is one. */
export function attendanceOf(marker: string): Attendance | undefined {
  if (!mayBeStatus(marker.trimStart())) return undefined;
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
  // Most entries have no parentheses: nothing to read out of them then.
  const notesRead = !text.includes('(')
    ? text
    : text.replace(/\(([^()]*)\)/gu, (_whole, inner: string) => {
        const note = inner.trim();
        const stated = attendanceOf(note);
        if (stated) attendance = stated;
        else if (/^[A-ZÆØÅ]\.?$/u.test(note) && party === undefined) party = note.replace('.', '');
        else if (note) roles.push(note);
        return ' ';
      });
  const name = notesRead.replace(/\s+/g, ' ').trim();
  if (!name || /[()]/u.test(name)) return undefined;
  // Built field by field in the output's order, not from spreads.
  const person: PersonEntry = { name };
  if (party) person.party = party;
  if (roles.length > 0) person.role = roles.join(', ');
  if (attendance) person.attendance = attendance;
  return person;
}
