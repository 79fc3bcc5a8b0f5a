import type { ParsedParticipant } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import { statusOf } from './attendance.recogniser.js';
import { MEMBER_STATUS_SECTION } from './vocabulary/attendance.js';

/**
 * A meeting page that prints its members after the agenda (a region's web publication: the agenda's titles, then
 * `Medlemmer` and a bullet a member, `• Anne Holm: Deltog`, `• Bo Lund: Afbud (Stedfortræder Carl Dam, fraværende ved
 * sag 1-4.)`): each member's status after the colon, and in the bracket after apologies who came instead, with what
 * the substitute missed. Read only where nothing else named the meeting's participants; three such lines at least.
 */
const MEMBER_STATUS_LINE = /^(?:[•·▪*-]\s*)?(?<name>\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|de|von|van|af|la|le)){1,5}):\s+(?<status>\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}?)(?:\s*\((?<note>[^()]*)\))?\s*\.?$/u;
const SUBSTITUTE_IN_NOTE = /^(?:stedfortræder|suppleant)\s+(?<name>\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|de|von|van)){1,4})(?:,\s*(?<partial>[^)]*?))?[\s.]*$/iu;

const SECTION_HEADING_MAX = 20;

export function readMembersAfterAgenda(lines: readonly SourceLine[]): ParsedParticipant[] {
  for (let index = lines.length - 1; index >= 0; index--) {
    // (Gate: a heading's length before the pattern; nearly every line is longer.)
    const text = lines[index]!.text;
    if (text.length > SECTION_HEADING_MAX || !MEMBER_STATUS_SECTION.test(text.trim())) continue;
    const participants = membersUnder(lines, index + 1);
    if (participants.length > 0) return participants;
  }
  return [];
}

function membersUnder(lines: readonly SourceLine[], from: number): ParsedParticipant[] {
  const participants: ParsedParticipant[] = [];
  let entries = 0;
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const entry = line.text.includes(':') ? MEMBER_STATUS_LINE.exec(line.text.trim()) : null;
    const attendance = entry ? statusOf(entry.groups!.status!) : undefined;
    if (!entry || !attendance) break;
    entries++;
    participants.push({ name: entry.groups!.name!, attendance, line: line.no });
    const substitute = entry.groups!.note && attendance !== 'attended' ? SUBSTITUTE_IN_NOTE.exec(entry.groups!.note.trim()) : null;
    if (substitute) {
      const partial = substitute.groups!.partial?.trim();
      participants.push({ name: substitute.groups!.name!, attendance: 'attended', substituteFor: entry.groups!.name!, ...(partial ? { partial } : {}), line: line.no });
    }
  }
  return entries >= 3 ? participants : [];
}
