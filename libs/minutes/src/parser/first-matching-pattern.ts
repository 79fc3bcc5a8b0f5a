import { firstCharacterVerdict, mayStartLike } from './line-prefilter.js';

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
  const verdicts = patterns.map((pattern) => firstCharacterVerdict([pattern]));
  // By a text's first character: per run that any row may match, the rows the character lets through whatever follows
  // and those to ask. A digit decides every digit-led style's start test, and rejects the rest: most texts asked here
  // then need no start test at all (each row's cost about as much as a short line's reading).
  const plans: (RunPlan[] | undefined)[] = new Array(0x10000);
  const planFor = (code: number): RunPlan[] =>
    runs.flatMap((run) => {
      const sure: number[] = [];
      const ask: number[] = [];
      for (let index = run.first; index < run.end; index++) {
        const verdict = verdicts[index]!(code);
        if (verdict === 'passes') sure.push(index);
        else if (verdict === 'ask') ask.push(index);
      }
      return sure.length + ask.length === 0 ? [] : [{ run, sure: sure.length, firstSure: sure[0] ?? -1, ask }];
    });
  return (text) => {
    const code = text.charCodeAt(0);
    // (An empty text, or one opening with a surrogate, asks every row's start test.)
    if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return firstByStartTests(text);
    for (const { run, sure, firstSure, ask } of (plans[code] ??= planFor(code))) {
      let only = firstSure;
      let passing = sure;
      for (const index of ask) {
        if (!mayStart[index]!(text)) continue;
        passing++;
        // (`only` is read only when one row passes: then it is that row.)
        if (only < 0) only = index;
      }
      const found = matchIn(run, passing, only, text);
      if (found >= 0) return found;
    }
    return -1;
  };

  function firstByStartTests(text: string): number {
    for (const run of runs) {
      let only = -1;
      let passing = 0;
      for (let index = run.first; index < run.end; index++) {
        if (!mayStart[index]!(text)) continue;
        passing++;
        if (only < 0) only = index;
      }
      const found = matchIn(run, passing, only, text);
      if (found >= 0) return found;
    }
    return -1;
  }

  /** The run's row that matches the text first, of the `passing` rows whose start tests it passed (`only` when one). */
  function matchIn(run: Run, passing: number, only: number, text: string): number {
    if (passing === 0) return -1;
    // (A run of one row always ends here.)
    if (passing === 1) return patterns[only]!.test(text) ? only : -1;
    const match = run.union!.exec(text);
    if (match === null) return -1;
    for (let offset = 0; offset < run.groupAt.length; offset++) if (match[run.groupAt[offset]!] !== undefined) return run.first + offset;
    return -1;
  }
}

/** A run's rows that a text's first character lets through: `sure` of them whatever follows (the first `firstSure`), and `ask`. */
interface RunPlan {
  run: Run;
  sure: number;
  firstSure: number;
  ask: number[];
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
