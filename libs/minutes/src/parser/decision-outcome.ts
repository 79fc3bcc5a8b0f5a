import { withoutMarkers } from './source-line.js';
import { memoByText } from './text-memo.js';
import type { DecisionOutcome } from './parsed-minutes.types.js';
import { OUTCOME_PHRASES, POSTPONED_PHRASE as POSTPONED, REMARKS_BOILERPLATE } from './vocabulary/outcome-phrases.js';

/**
 * Reads the outcome from the opening phrase of a decision (or of one recommendation point's decision).
 * Only the phrase at the start counts: `Godkendt` is an approval, `... klikke på "Godkendt"` is not.
 */
export interface OutcomeReading {
  /** Absent for a bare postponement; `other` when the phrase is not known. */
  outcome?: DecisionOutcome;
  postponed: boolean;
  /** What follows the phrase on its line, unless it is only `med disse bemærkninger:`-style boilerplate. */
  rest?: string;
  /** No known phrase was found (routing phrases are `other` but known, so this is absent for them). */
  unrecognised?: true;
}

function phraseKey(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // A decision numbered as its recommendation's point (`1. Udkastet blev vedtaget.`): the number says nothing.
    .replace(POINT_NUMBER, '')
    .toLowerCase();
}

/** `1. ` before a capitalised verdict. */
const POINT_NUMBER = /^\d{1,2}\.\s+(?=\p{Lu})/u;

/** Classifies the first line of a decision; pass only that line (or one point's text). */
export function readOutcome(firstLine: string): OutcomeReading {
  // The caller's own copy, made field by field (a spread of the memo's few shapes is slow).
  const known = readOutcomeKnown(firstLine);
  const reading = {} as OutcomeReading;
  if (known.outcome !== undefined) reading.outcome = known.outcome;
  reading.postponed = known.postponed;
  if (known.rest !== undefined) reading.rest = known.rest;
  if (known.unrecognised) reading.unrecognised = true;
  return reading;
}

// Decisions repeat their phrases from item to item (`Godkendt.`, `Anbefales.`): each text is read once.
const readOutcomeKnown = memoByText(readOutcomeOnce);

/** Whether no known phrase opens the text (`readOutcome(text).unrecognised`, without copying the reading). */
export function isUnrecognisedOutcome(text: string): boolean {
  return readOutcomeKnown(text).unrecognised === true;
}

/** A known verdict and nothing after it on the line (`Godkendt`, `Anbefales`), read without copying the reading. */
export function isVerdictAlone(text: string): boolean {
  const reading = readOutcomeKnown(text);
  return (reading.outcome !== undefined || reading.postponed) && reading.unrecognised !== true && reading.rest === undefined;
}

function readOutcomeOnce(firstLine: string): OutcomeReading {
  const key = phraseKey(firstLine);
  const postponed = POSTPONED.exec(key);
  if (postponed) {
    return { postponed: true, rest: restAfter(firstLine, key, postponed[0].length) };
  }
  for (const [pattern, outcome] of OUTCOME_PHRASES) {
    const match = pattern.exec(key);
    if (match && wordEndsAt(key, match[0].length)) {
      return { outcome, postponed: false, rest: restAfter(firstLine, key, match[0].length) };
    }
  }
  return { outcome: 'other', postponed: false, unrecognised: true };
}

function wordEndsAt(text: string, index: number): boolean {
  return index >= text.length || !/[\p{L}\p{N}]/u.test(text[index]!);
}

/** The original text after the phrase, or undefined if only punctuation/boilerplate remains. */
function restAfter(original: string, key: string, length: number): string | undefined {
  // `key` is the original lowercased with markers removed and spaces collapsed: cut the same text from it.
  const cleaned = withoutMarkers(original).replace(/\s+/g, ' ').trim();
  const rest = cleaned.slice(length).replace(/^[\s.,;:–-]+/, '').trim();
  if (key.length === 0 || rest.length === 0) return undefined;
  if (REMARKS_BOILERPLATE.test(rest.toLowerCase())) return undefined;
  const withoutBoilerplate = rest.replace(/^med\s+(?:disse|denne|følgende)\s+bemærkning(?:er)?\s*:\s*/iu, '');
  return withoutBoilerplate.length > 0 ? withoutBoilerplate : undefined;
}

/** Precedence for the overall outcome when recommendation points differ: what moves the case furthest. */
const PRECEDENCE: readonly DecisionOutcome[] = [
  'recommended',
  'approved',
  'rejected',
  'noted',
  'commented',
  'discussed',
  'withdrawn',
];

export function overallOutcome(outcomes: readonly (DecisionOutcome | undefined)[]): DecisionOutcome | undefined {
  const present = outcomes.filter((outcome): outcome is DecisionOutcome => outcome !== undefined);
  if (present.length === 0) return undefined;
  if (present.includes('other')) return 'other';
  return PRECEDENCE.find((outcome) => present.includes(outcome));
}
