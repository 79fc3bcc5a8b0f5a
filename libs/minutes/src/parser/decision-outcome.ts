import type { DecisionOutcome } from './parsed-minutes.types.js';

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
}

// Optional subject words before the verb phrase: `Indstillingen godkendt`, `Sagen blev drøftet`.
const SUBJECT = String.raw`(?:(?:indstillingen|indstillingerne|sagen|punktet|orienteringen|meddelelsen|meddelelserne|forslaget|orientering)\s+)?(?:blev\s+|er\s+)?`;

/** Order matters: `ikke godkendt` before `godkendt`. Each pattern must match at the start of the phrase. */
const OUTCOME_PHRASES: ReadonlyArray<[RegExp, DecisionOutcome]> = [
  [new RegExp(`^${SUBJECT}(?:ikke\\s+godkendt|ikke\\s+tiltrådt|afvist|afvises|forkastet|forkastes)`, 'u'), 'rejected'],
  // Recommending to the deciding body (Kommunalbestyrelsen, Økonomiudvalget): the case is not decided yet.
  [new RegExp(`^${SUBJECT}(?:indstilles\\s+til\\s+(?:\\S+\\s+)?godkendelse|indstilles\\s+godkendt|anbefales|anbefalet|anbefalede)`, 'u'), 'recommended'],
  [/^.{3,120}?\s(?:anbefaler|indstiller)\s+(?:indstillingen|sagen|forslaget|over for|til)\b/u, 'recommended'],
  [new RegExp(`^${SUBJECT}(?:godkendt|godkendes|godkendtes|tiltrådt|tiltrædes|vedtaget|vedtages|bevilget|bevilges)`, 'u'), 'approved'],
  [/^.{3,120}?\s(?:godkender|tiltræder)\b/u, 'approved'],
  [new RegExp(`^${SUBJECT}(?:taget\\s+til\\s+efterretning|tages\\s+til\\s+efterretning|til\\s+efterretning|taget\\s+til\\s+orientering|til\\s+orientering)`, 'u'), 'noted'],
  [/^.{3,120}?\s(?:tager|tog)\s+(?:.{0,80}\s)?til\s+efterretning/u, 'noted'],
  [new RegExp(`^${SUBJECT}(?:drøftet|drøftes|drøftedes)`, 'u'), 'discussed'],
  [/^.{3,120}?\s(?:drøftede|drøfter)\b/u, 'discussed'],
  [new RegExp(`^${SUBJECT}(?:udgår|udgik|trukket|trækkes|taget\\s+af\\s+dagsordenen)`, 'u'), 'withdrawn'],
  [/^.{3,160}?\s(?:bemærker|afgiver\s+(?:følgende\s+)?(?:høringssvar|bemærkninger))\b/u, 'commented'],
];

const POSTPONED = new RegExp(`^${SUBJECT}(?:udsættes|udsat|udskudt|udskydes)`, 'u');

/** `med disse bemærkninger:`, `med de faldne bemærkninger`: says remarks follow (or were made), nothing more. */
const REMARKS_BOILERPLATE = /^(?:med\s+(?:disse|denne|følgende|de|den)\s+(?:faldne\s+)?bemærkning(?:er)?|med\s+bemærkning(?:er)?|jf\.?\s+nedenfor)?\s*[:.]?$/u;

function phraseKey(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Classifies the first line of a decision; pass only that line (or one point's text). */
export function readOutcome(firstLine: string): OutcomeReading {
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
  return { outcome: 'other', postponed: false };
}

function wordEndsAt(text: string, index: number): boolean {
  return index >= text.length || !/[\p{L}\p{N}]/u.test(text[index]!);
}

/** The original text after the phrase, or undefined if only punctuation/boilerplate remains. */
function restAfter(original: string, key: string, length: number): string | undefined {
  // `key` is the original lowercased with markers removed and spaces collapsed: cut the same text from it.
  const cleaned = original.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
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
