import { mayStartLike } from './line-prefilter.js';

/**
 * Which pattern of an ordered table matches a text first, asked with few pattern calls instead of one per row. A
 * table tried row by row (the numbering styles: nine of them can start with a digit, and most digit-led lines match
 * none) costs a pattern call per row; here the rows are joined, in their order, into one pattern per run of rows with
 * the same flags (each row a capturing group of the union), and the group that took part in the union's match names
 * the row. Anchored rows all match at the text's start, and an alternation tries its alternatives in order, so the
 * union's match is the first row's that matches at all: the same row the row-by-row loop finds. Rows that cannot be
 * joined exactly (not anchored, a top-level `|`, back-references, global or sticky flags) are asked alone, in place.
 *
 * Each row keeps its own start test (`mayStartLike`): a run whose rows all fail theirs is skipped without a call,
 * and a run with one row left is asked that row alone.
 */
export function firstMatchingPattern(patterns: readonly RegExp[]): (text: string) => number {
  const runs = runsOf(patterns);
  const mayStart = patterns.map((pattern) => mayStartLike([pattern]));
  return (text) => {
    for (const run of runs) {
      let only = -1;
      let passing = 0;
      for (let index = run.first; index < run.end; index++) {
        if (!mayStart[index]!(text)) continue;
        passing++;
        if (only < 0) only = index;
      }
      if (passing === 0) continue;
      // (A run of one row always ends here.)
      if (passing === 1) {
        if (patterns[only]!.test(text)) return only;
        continue;
      }
      const match = run.union!.exec(text);
      if (match === null) continue;
      for (let offset = 0; offset < run.groupAt.length; offset++) if (match[run.groupAt[offset]!] !== undefined) return run.first + offset;
    }
    return -1;
  };
}

/** Rows `first` to `end` (exclusive), joined into `union` when more than one, `groupAt` the group that names each row. */
interface Run {
  first: number;
  end: number;
  union: RegExp | undefined;
  groupAt: number[];
}

function runsOf(patterns: readonly RegExp[]): Run[] {
  const runs: Run[] = [];
  for (let first = 0; first < patterns.length; ) {
    let end = first + 1;
    if (joinable(patterns[first]!)) while (end < patterns.length && joinable(patterns[end]!) && patterns[end]!.flags === patterns[first]!.flags) end++;
    runs.push(end - first > 1 ? joined(patterns, first, end) : { first, end, union: undefined, groupAt: [] });
    first = end;
  }
  return runs;
}

function joined(patterns: readonly RegExp[], first: number, end: number): Run {
  const groupAt: number[] = [];
  const alternatives: string[] = [];
  let group = 1;
  for (let index = first; index < end; index++) {
    const source = withoutNames(patterns[index]!.source);
    groupAt.push(group);
    group += 1 + capturingGroups(source, patterns[index]!.flags);
    alternatives.push(`(${source})`);
  }
  return { first, end, union: new RegExp(alternatives.join('|'), patterns[first]!.flags), groupAt };
}

/** Named groups as plain ones: the rows' names repeat (`number`, `title`), which one pattern may not hold. */
function withoutNames(source: string): string {
  return source.replace(/(?<!\\)\(\?<(?![=!])[^>]+>/gu, '(');
}

/** How many capturing groups a pattern holds (its match's length with an empty alternative, less the whole match). */
function capturingGroups(source: string, flags: string): number {
  return new RegExp(`${source}|`, flags).exec('')!.length - 1;
}

/** A row whose matches all start at the text's start and whose groups can be counted and renamed safely. */
function joinable(pattern: RegExp): boolean {
  const source = pattern.source;
  return source.startsWith('^') && !/[gym]/u.test(pattern.flags) && !/\\k<|\\[1-9]/u.test(source) && !hasTopLevelBar(source);
}

/** A `|` outside every group and class: `^a|b` is anchored in its first alternative only. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const character = source[at];
    if (character === '\\') at++;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) return true;
  }
  return false;
}
