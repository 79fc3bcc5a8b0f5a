import type { IsoDate } from './calendar.js';
import { InvalidInput } from './errors.js';
import { LIMITS } from './limits.js';
import { danishSlug } from './municipality/municipality.js';

/**
 * A meeting id is readable and stable: the slug of the body's name as written on that day, plus
 * the date, e.g. `erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06`. Deriving it (rather
 * than generating it) lets minutes imported in any order, and `Sagens forløb` lines that only give
 * body and date, land on the same meeting. A caller may give its own id (same character set);
 * a body meeting twice on one day then needs one, e.g. `...-2024-02-06-b`.
 */
export type MeetingId = string;

// A municipality has a few dozen bodies, named in every command: their slugs are worth remembering.
const slugs = new Map<string, string>();
const MAX_REMEMBERED = 1000;

export function slugOfBody(body: string): string {
  let slug = slugs.get(body);
  if (slug === undefined) {
    if (slugs.size >= MAX_REMEMBERED) slugs.clear();
    slugs.set(body, (slug = slugFor(body)));
  }
  return slug;
}

// A slug longer than this keeps its first letters and gets a hash of the whole, so that a long
// name still gives a short, stable id (and two long names that share a beginning stay apart).
const MAX_SLUG = 200;

function slugFor(body: string): string {
  const slug = fullSlug(body);
  if (slug.length <= MAX_SLUG) return slug;
  return `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${fnv1a(slug)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: deterministic, pure and good enough to tell names apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function fullSlug(body: string): string {
  return danishSlug(body);
}

export function meetingIdFor(body: string, date: IsoDate): MeetingId {
  if (body.length > LIMITS.name) throw new InvalidInput('meeting.body', `must be at most ${LIMITS.name} characters (it has ${body.length})`);
  const slug = slugOfBody(body);
  if (!slug) throw new InvalidInput('meeting.body', `"${body}" has no letters to name the meeting by`);
  return `${slug}-${date}`;
}

// Derived ids are at most 211 characters; the read side accepts more so that ids stored before the
// slug was shortened still read back.
const MEETING_ID = new RegExp(`^[a-z0-9][a-z0-9-]{0,${LIMITS.meetingId - 1}}$`);

export function parseMeetingId(raw: string, field = 'meeting.meetingId'): MeetingId {
  const id = String(raw ?? '').trim();
  if (!MEETING_ID.test(id)) {
    throw new InvalidInput(field, `"${raw}" is not a meeting id; use lower-case letters, digits and dashes, e.g. okonomiudvalget-2023-10-24`);
  }
  return id;
}

export const meetingStreamId = (meetingId: MeetingId): string => `meeting-${meetingId}`;
