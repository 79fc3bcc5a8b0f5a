import type { IsoDate } from './calendar.js';
import { InvalidInput } from './errors.js';
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
    slugs.set(body, (slug = danishSlug(body)));
  }
  return slug;
}

export function meetingIdFor(body: string, date: IsoDate): MeetingId {
  const slug = slugOfBody(body);
  if (!slug) throw new InvalidInput('meeting.body', `"${body}" has no letters to name the meeting by`);
  return `${slug}-${date}`;
}

export function parseMeetingId(raw: string, field = 'meeting.meetingId'): MeetingId {
  const id = String(raw ?? '').trim();
  if (!/^[a-z0-9][a-z0-9-]{0,150}$/.test(id)) {
    throw new InvalidInput(field, `"${raw}" is not a meeting id; use lower-case letters, digits and dashes, e.g. okonomiudvalget-2023-10-24`);
  }
  return id;
}

export const meetingStreamId = (meetingId: MeetingId): string => `meeting-${meetingId}`;
