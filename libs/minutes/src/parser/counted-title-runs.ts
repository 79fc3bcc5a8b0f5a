import { COUNTED_RUN_MAX, NUMBER_AFTER_RUN, TITLE_OPENING_WORD } from './vocabulary/contents-lists.js';

/**
 * A contents list whose numbers the extraction lost after the first (a transcript's `191. Dialogmøde med borgerne
 * Godkendelse af dagsorden Endelig behandling af ...`), where the next number printed after the run tells how many
 * titles it holds (`210. Godkendelse ...` on the next page: 19 titles from 191): the run cut before each word an
 * agenda title opens with, taken only when the cuts give exactly that many titles (a title's own `Godkendelse` or a
 * title that opens otherwise makes the count wrong, and nothing is read). The titles in order, else undefined.
 * `text` is the contents' text, `after` where the run ends in it, `first` the run's own number.
 */
export function titlesOfCountedRun(run: string, first: number, text: string, after: number): string[] | undefined {
  const next = nextNumberAfter(text, after, first);
  if (next === undefined) return undefined;
  const cuts = [0];
  for (const match of run.matchAll(TITLE_OPENING_WORD)) if (match.index! > 0) cuts.push(match.index!);
  if (cuts.length !== next - first) return undefined;
  const titles = cuts.map((cut, at) => run.slice(cut, cuts[at + 1] ?? run.length).trim());
  return titles.every((title) => title.length > 0) ? titles : undefined;
}

/** The first item number printed after the run that is past its first title's and within a run's reach. */
function nextNumberAfter(text: string, after: number, first: number): number | undefined {
  NUMBER_AFTER_RUN.lastIndex = after;
  for (let match = NUMBER_AFTER_RUN.exec(text); match; match = NUMBER_AFTER_RUN.exec(text)) {
    const number = Number(match[1]);
    if (number > first + 1 && number <= first + COUNTED_RUN_MAX) return number;
  }
  return undefined;
}
