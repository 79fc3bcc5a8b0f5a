import { readMemberEntry, type MemberEntry } from './attendance.recogniser.js';
import { APOLOGIES_THEN_CAME_INSTEAD, CAME_AS_SUBSTITUTE_SINCE_APOLOGY, NAMES_SEPARATOR, SUBSTITUTE_CAME_FOR_WHO_HAD_APOLOGY } from './vocabulary/apology-stand-ins.js';

export interface ApologyStandIns {
  /** The members who sent apologies. */
  apologies: MemberEntry[];
  /** Who came, and for whom (the absent member's name). */
  substitutes: { substitute: MemberEntry; for: string }[];
}

/**
 * A head's line that gives apologies and who came in the absent members' places (Frederiksberg: `A og B havde meldt
 * forfald. I stedet mødte C og D.`, `C deltog som stedfortræder, idet A havde forfald.`, `Stedfortræder C mødte for A,
 * der havde forfald.`). Several substitutes pair with the absent in the order the sentence names them, only where the
 * counts agree. Undefined where the line is none of these.
 */
export function readApologyStandIns(text: string): ApologyStandIns | undefined {
  // (Gate: every form says the apology's word.)
  if (!text.includes('forfald') && !text.includes('meldt afbud')) return undefined;
  const one = CAME_AS_SUBSTITUTE_SINCE_APOLOGY.exec(text) ?? SUBSTITUTE_CAME_FOR_WHO_HAD_APOLOGY.exec(text);
  const listed = one ? null : APOLOGIES_THEN_CAME_INSTEAD.exec(text);
  const found = one ?? listed;
  if (!found) return undefined;
  const apologies = members(found.groups!.absent!);
  const came = found.groups!.came ? members(found.groups!.came) : [];
  if (!apologies || !came) return undefined;
  const substitutes = came.length === apologies.length ? came.map((substitute, at) => ({ substitute, for: apologies[at]!.name })) : [];
  return { apologies, substitutes };
}

/** The members a sentence lists; undefined where a part is no name. */
function members(list: string): MemberEntry[] | undefined {
  const entries = list.split(NAMES_SEPARATOR).map((part) => readMemberEntry(part.replace(/\.$/u, '')));
  return entries.every((entry): entry is MemberEntry => entry !== undefined) ? entries : undefined;
}
