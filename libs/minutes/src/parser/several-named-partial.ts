import { NAMES_APART, PARTIAL_SENTENCE } from './vocabulary/attendance.js';

export interface SeveralPartial {
  readonly names: readonly string[];
  readonly partial: string;
}

/** Where the names end: the first verb `PARTIAL_SENTENCE` reads after a name. */
const PARTIAL_VERB_AFTER_NAMES = /\s(?=(?:forlod|ankom|mødte|kom|deltog|var\s+fraværende)\s)/u;

/**
 * A head's sentence telling the partial presence of several members at once, the names apart by commas and `og`
 * (a region's `A, B, C og D deltog ikke i pkt. 14-19 og den lukkede dagsorden.`, `E og F deltog ikke i behandlingen af
 * den lukkede dagsorden.`): each name, as `PARTIAL_SENTENCE` would read it told alone, and what the sentence says.
 * Undefined for one name, or where any part is no name told so (`Mødet blev holdt, og A deltog ...`).
 */
export function partialPresenceOfSeveral(sentence: string): SeveralPartial | undefined {
  const verb = PARTIAL_VERB_AFTER_NAMES.exec(sentence);
  if (!verb) return undefined;
  const listed = sentence.slice(0, verb.index);
  if (!listed.includes(',') && !listed.includes(' og ')) return undefined;
  const told = sentence.slice(verb.index + 1);
  const parts = listed.split(NAMES_APART);
  if (parts.length < 2) return undefined;
  let partial: string | undefined;
  const names: string[] = [];
  for (const part of parts) {
    const alone = PARTIAL_SENTENCE.exec(`${part.trim()} ${told}`);
    if (!alone || alone.groups!.name!.trim() !== part.trim()) return undefined;
    partial ??= alone.groups!.partial!.replace(/\.$/u, '').trim();
    names.push(part.replace(/\s*\([^()]*\)\s*$/u, '').trim());
  }
  return partial ? { names, partial } : undefined;
}
