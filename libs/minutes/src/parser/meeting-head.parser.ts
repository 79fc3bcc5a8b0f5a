import { bodySlugKey, cleanBodyName } from './body-name.js';
import { findClockTime, findDanishDate, isoDate } from './danish-date.js';
import type { ParsedMeeting, ParsedParticipant } from './parsed-minutes.types.js';
import { attendanceOf, readPersonEntry, splitOutsideParentheses } from './person-list.parser.js';
import type { SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';

export interface MeetingHeadReading {
  meeting: ParsedMeeting;
  participants: ParsedParticipant[];
  /** Entries of the `Indholdsfortegnelse`, when the head has one (to check the item count against). */
  tableOfContents?: { entries: number; line: number };
}

export interface SourceUrl {
  url: string;
  line: number;
}

const TITLE = /^referat\b(?:\s+(?:fra|af)\b)?\s*(.*?)(?:\s+(?:d\.|den)\s+(.+))?$/iu;
const DATE_LABEL = /^(?:mødedato|dato|mødetidspunkt|tidspunkt|tid)\s*:?\s+(.+)$/iu;
const PLACE_LABEL = /^(?:mødested|sted)\s*:?\s+(.+)$/iu;
const PARTICIPANTS_LABEL = /^(?:mødedeltagere|deltagere)\s*:?\s+(.+)$/iu;
const TOC_HEADING = /^indholdsfortegnelse:?$/iu;
// Group headings of the old layout's participant lines.
const GROUP_HEADING = /^(mødedeltagere|deltagere|medlemmer|afbud|fraværende|afbud\s*\/\s*fraværende|deltog ikke)\s*:?$/iu;

export function findSourceUrl(lines: readonly SourceLine[]): SourceUrl | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    const match = /^source\s+url\s*:\s*(\S+)/iu.exec(lines[index]!.text);
    if (match) return { url: match[1]!, line: lines[index]!.no };
  }
  return undefined;
}

function unmarked(line: SourceLine): string {
  return line.plain.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the document head (the lines before the first item): title (`REFERAT <body> d. 06-02-2024`), date and
 * start time, place, participants, table of contents. When the head is missing (the old PDF text starts
 * mid-page), the meeting's date and body come from the `Source URL:` line, the body only if the text names a
 * body whose slug matches the URL's.
 */
export function parseMeetingHead(
  head: readonly SourceLine[],
  sourceUrl: SourceUrl | undefined,
  bodiesInText: readonly string[],
  warnings: WarningCollector,
): MeetingHeadReading {
  const participants: ParsedParticipant[] = [];
  const meeting: ParsedMeeting = { line: 0, source: 'none' };
  let titleDate: { iso: string; line: number } | undefined;
  let labelDate: { iso: string; line: number } | undefined;
  let toc: { entries: number; line: number } | undefined;
  let inToc = false;
  let group: string | undefined;
  let unread: SourceLine[] = [];

  const reportUnread = (): void => {
    if (unread.length > 0) {
      warnings.add(unread[0]!.no, 'text-before-first-item', `${unread.length} line(s) before the first item not read: "${unread[0]!.text.slice(0, 60)}"`);
      unread = [];
    }
  };

  for (const line of head) {
    if (line.blank) continue;
    const text = unmarked(line);
    const title = TITLE.exec(text);
    if (title && meeting.source === 'none') {
      reportUnread();
      inToc = false;
      const body = cleanBodyName(title[1] ?? '');
      if (body) meeting.body = body;
      const date = title[2] ? findDanishDate(title[2]) : undefined;
      if (date) titleDate = { iso: date.iso, line: line.no };
      meeting.line = line.no;
      meeting.source = 'head';
      continue;
    }
    const dateLabel = DATE_LABEL.exec(text);
    if (dateLabel) {
      reportUnread();
      inToc = false;
      const date = findDanishDate(dateLabel[1]!);
      if (date) labelDate = { iso: date.iso, line: line.no };
      const time = findClockTime(dateLabel[1]!);
      if (time) meeting.startTime = time;
      continue;
    }
    const place = PLACE_LABEL.exec(text);
    if (place) {
      reportUnread();
      inToc = false;
      meeting.location = place[1]!.trim();
      continue;
    }
    const list = PARTICIPANTS_LABEL.exec(text);
    if (list) {
      reportUnread();
      inToc = false;
      for (const entry of splitOutsideParentheses(list[1]!)) addParticipant(entry, line.no, 'attended');
      continue;
    }
    if (TOC_HEADING.test(text)) {
      reportUnread();
      inToc = true;
      toc = { entries: 0, line: line.no };
      continue;
    }
    if (inToc && toc) {
      toc.entries++;
      continue;
    }
    const groupHeading = GROUP_HEADING.exec(text);
    if (groupHeading) {
      reportUnread();
      group = groupHeading[1]!.toLowerCase();
      continue;
    }
    const person = /\s[-–]\s*(deltog|deltog ikke|afbud|fraværende)\s*$/iu.test(text) ? readPersonEntry(text) : undefined;
    if (person) {
      reportUnread();
      addParticipant(text, line.no, groupAttendance(group));
      continue;
    }
    unread.push(line);
  }
  reportUnread();

  function addParticipant(entry: string, line: number, fallback: ParsedParticipant['attendance'] | undefined): void {
    const person = readPersonEntry(entry);
    if (!person) {
      warnings.add(line, 'participant-unreadable', `Participant not readable: "${entry}"`);
      return;
    }
    const attendance = person.attendance ?? fallback;
    if (!attendance) {
      warnings.add(line, 'participant-unreadable', `Attendance of ${person.name} not stated`);
      return;
    }
    participants.push({
      name: person.name,
      ...(person.party ? { party: person.party } : {}),
      ...(person.role ? { role: person.role } : {}),
      attendance,
      line,
    });
  }

  if (labelDate) {
    meeting.date = labelDate.iso;
    if (titleDate && titleDate.iso !== labelDate.iso) {
      warnings.add(labelDate.line, 'meeting-date-conflict', `Mødedato ${labelDate.iso} differs from the title's date ${titleDate.iso}; using Mødedato`);
    }
  } else if (titleDate) {
    meeting.date = titleDate.iso;
  }

  if (meeting.source === 'none' || !meeting.date || !meeting.body) {
    fillFromSourceUrl(meeting, sourceUrl, bodiesInText, warnings);
  }
  if (!meeting.date) warnings.add(meeting.line, 'meeting-date-missing', 'The meeting date could not be read (no head, no dated Source URL)');
  if (!meeting.body) warnings.add(meeting.line, 'meeting-body-missing', 'The committee could not be read (no head, no matching Source URL)');
  return { meeting, participants, ...(toc ? { tableOfContents: toc } : {}) };
}

function groupAttendance(group: string | undefined): ParsedParticipant['attendance'] | undefined {
  if (!group) return undefined;
  if (/\//u.test(group)) return undefined; // `Afbud/Fraværende`: which of the two is not said.
  return attendanceOf(group) ?? (/(mødedeltagere|deltagere|medlemmer)/u.test(group) ? 'attended' : undefined);
}

function fillFromSourceUrl(
  meeting: ParsedMeeting,
  sourceUrl: SourceUrl | undefined,
  bodiesInText: readonly string[],
  warnings: WarningCollector,
): void {
  if (meeting.source === 'none') {
    warnings.add(sourceUrl?.line ?? 1, 'meeting-head-missing', sourceUrl
      ? 'The document has no head (REFERAT title, Mødedato); meeting read from the Source URL line'
      : 'The document has no head (REFERAT title, Mødedato) and no Source URL line');
  }
  if (!sourceUrl) return;
  const slug = decodeURIComponent(sourceUrl.url.replace(/[?#].*$/u, '').replace(/\/+$/u, '').split('/').pop() ?? '');
  const dated = /^(.*?)-?(\d{1,2})-(\d{1,2})-(\d{4})$/u.exec(slug);
  if (!dated) return;
  let used = false;
  if (!meeting.date) {
    const iso = isoDate(Number(dated[4]), Number(dated[3]), Number(dated[2]));
    if (iso) {
      meeting.date = iso;
      used = true;
    }
  }
  if (!meeting.body) {
    const slugKey = bodySlugKey(dated[1]!);
    const body = bodiesInText.find((candidate) => bodySlugKey(candidate) === slugKey);
    if (body) {
      meeting.body = body;
      used = true;
    } else if (slugKey) {
      warnings.add(sourceUrl.line, 'meeting-body-from-url-unmatched', `No body named in the text matches the Source URL's "${dated[1]}"`);
    }
  }
  if (used && meeting.source === 'none') {
    meeting.source = 'source-url';
    meeting.line = sourceUrl.line;
  }
}
