import { CONTENTS_TITLE_MAX } from './vocabulary/contents-lists.js';
import { RUN_ACTION_NOUN, RUN_JOINING_WORDS, RUN_LEADER_END, RUN_OPENING_PAIR, RUN_OPENING_WORDS, RUN_TITLES_MIN, RUN_TRAILING_PAGES, RUN_WHOLE_TITLES } from './vocabulary/title-runs.js';

/**
 * A contents list whose numbers the extraction lost after the first, with no number after the run to count it by
 * (`counted-title-runs.ts`): a docplayer transcript's `1. Budgetopfølgning for ... måned Årsregnskab sektorbeskrivelse
 * Forslag til kommuneplan Ændret placering af centerområdet i Ørum Godkendelse af ... Meddelelser...36`. A reader cuts
 * it where a title visibly begins: before a word agenda titles open with, before a capitalised word after a lower-case
 * one that carries no title on (a preposition or a month does: `i Ørum`, `30. april Frederikshavn`), after a title of
 * one word, and before an action's noun after a name. The run ends at its first dotted leader (the entries after it,
 * `Bilagsoversigt...38`, are no items); without a leader, page numbers must end it. `first`: the first title as its item's heading prints it, where the heading
 * was read (the surest cut there is; `firstRequired`: nothing is cut unless the run opens with it). The titles in order,
 * else undefined (fewer than three, or one still too long).
 */
export function titlesOfUncountedRun(run: string, first?: string, firstRequired = false, ended = false): string[] | undefined {
  const leader = RUN_LEADER_END.exec(run);
  // (The list's end must show, its leader's page or the pages after its last title: a run cut off anywhere, or a
  // heading's text, is no list a reader counts. `ended`: the caller took a leader at the run's end off.)
  if (!ended && !leader && !RUN_TRAILING_PAGES.test(run)) return undefined;
  const body = (leader ? run.slice(0, leader.index) : run).replace(RUN_TRAILING_PAGES, '');
  const words = body.split(/\s+/u).filter((word) => word.length > 0);
  const titles: string[] = [];
  const firstWords = first === undefined ? 0 : wordsOpening(words, first);
  if (firstWords > 0) titles.push(first!);
  else if (firstRequired) return undefined;
  let from = firstWords;
  for (let at = from + 1; at < words.length; at++) {
    if (!startsTitle(words[at]!, words[at - 1]!, words[at + 1])) continue;
    titles.push(words.slice(from, at).join(' '));
    from = at;
  }
  if (words.length > from) titles.push(words.slice(from).join(' '));
  if (titles.length < RUN_TITLES_MIN || titles.some((title) => title.length > CONTENTS_TITLE_MAX)) return undefined;
  return titles;
}

/** How many of the run's words the title spells, when the run opens with it; else 0. */
function wordsOpening(words: readonly string[], title: string): number {
  const own = title.split(/\s+/u).filter((word) => word.length > 0);
  if (own.length === 0 || own.length >= words.length) return 0;
  return own.every((word, at) => words[at] === word) ? own.length : 0;
}

function startsTitle(word: string, before: string, after: string | undefined): boolean {
  if (!CAPITALISED.test(word)) return false;
  if (RUN_OPENING_WORDS.has(word) || (word === RUN_OPENING_PAIR.first && after === RUN_OPENING_PAIR.second)) return true;
  if (RUN_WHOLE_TITLES.has(before)) return true;
  // (A title goes on after a comma or a full stop, `Vesterport, Frederikshavn`, `i dialog. Debatskabende ...`.)
  if (before.endsWith(',') || before.endsWith('.')) return false;
  if (LOWER_CASE_WORD.test(before)) return !RUN_JOINING_WORDS.has(before);
  return RUN_ACTION_NOUN.test(word);
}

/** A word opening with a capital then a lower-case letter (not a name in capitals, `SAE`, `FDF`). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LOWER_CASE_WORD = /^\p{Ll}/u;
