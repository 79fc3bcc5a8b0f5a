import { mayStartLike } from './line-prefilter.js';
import { withoutMarkers } from './source-line.js';
import { singleSpaced } from './white-space.js';
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
  // A status after a dash: only an entry with a dash can have one.
  const dashed = text.includes('-') || text.includes('–') ? DASHED_STATUS.exec(text) : null;
  const dashedStatus = dashed ? attendanceOf(dashed[2]!) : undefined;
  if (dashedStatus) {
    attendance = dashedStatus;
    text = dashed![1]!;
  }
  let party: string | undefined;
  const roles: string[] = [];
  // Most entries have no parentheses: nothing to read out of them then.
  let notesRead = text;
  if (text.includes('(')) {
    // Each note (`(...)` holding no parenthesis, left to right, as `/\(([^()]*)\)/g` finds them) becomes a space.
    notesRead = '';
    let from = 0;
    let open = text.indexOf('(');
    while (open >= 0) {
      let close = open + 1;
      while (close < text.length && text.charCodeAt(close) !== 0x28 /* ( */ && text.charCodeAt(close) !== 0x29 /* ) */) close++;
      if (close === text.length) break;
      if (text.charCodeAt(close) === 0x28) {
        // Another note opens first: the search goes on from it.
        open = close;
        continue;
      }
      const note = text.slice(open + 1, close).trim();
      const stated = attendanceOf(note);
      if (stated) attendance = stated;
      else if (/^[A-ZÆØÅ]\.?$/u.test(note) && party === undefined) party = note.replace('.', '');
      else if (note) roles.push(note);
      notesRead += `${text.slice(from, open)} `;
      from = close + 1;
      open = text.indexOf('(', from);
    }
    notesRead += text.slice(from);
  }
  const name = singleSpaced(notesRead);
  if (!name || name.includes('(') || name.includes(')')) return undefined;
  // Built field by field in the output's order, not from spreads.
  const person: PersonEntry = { name };
  if (party) person.party = party;
  if (roles.length > 0) person.role = roles.join(', ');
  if (attendance) person.attendance = attendance;
  return person;
}

/**
 * `Jette Rau (erhvervschef) - Deltog`: the entry, and the status after its dash; a region's list glues the dash to the
 * party or role before it (`Jorun Bech (A)- afbud`, `Peter Holm (O), 1. næstformand- afbud`).
 */
const DASHED_STATUS = /^(.*\S)(?:\s+|(?<=[\p{L})]))[-–]\s+([^()]+)$/u;
