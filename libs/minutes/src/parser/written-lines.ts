import type { SourceLine } from './source-line.js';

/**
 * The lines as they were written before a narrower column re-wrapped them (`... De resterende ansøgere` / `opfordres
 * til at søge igen.`, `... 12. marts 2012, sag` / `nr. 41`): a line that opens in lower case under one that ends no
 * sentence goes on with it. With `most`, `undefined` as soon as there are more written lines than that (a reader that
 * wants few need not walk a long body).
 */
export function writtenLines(lines: readonly SourceLine[], most = Number.POSITIVE_INFINITY): SourceLine[][] | undefined {
  const groups: SourceLine[][] = [];
  for (const line of lines) {
    const group = groups[groups.length - 1];
    if (group && goesOnFrom(group[group.length - 1]!.plain, line.plain)) group.push(line);
    else if (groups.push([line]) > most) return undefined;
  }
  return groups;
}

const SENTENCE_END = /[.!?:]$/u;
const OPENS_LOWER_CASE = /^\p{Ll}/u;

/** Whether `text` goes on with the line above it: it opens in lower case and the line above ends no sentence. */
export function goesOnFrom(above: string, text: string): boolean {
  return OPENS_LOWER_CASE.test(text) && !SENTENCE_END.test(above);
}

/** A written line's text: its lines' reading texts joined by a space. */
export function joinedText(lines: readonly SourceLine[], text: (line: SourceLine) => string = (line) => line.plain): string {
  return lines.length === 1 ? text(lines[0]!) : lines.map(text).join(' ');
}
