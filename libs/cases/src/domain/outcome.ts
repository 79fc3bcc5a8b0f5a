import { InvalidInput } from './errors.js';

/**
 * Normalised decision outcomes: stable codes, with the Danish wording they stand for. A
 * postponement (`Udsættes`) is not an outcome but its own event, ItemPostponed.
 */
export const OUTCOMES = {
  noted: 'Taget til efterretning',
  approved: 'Godkendt',
  recommended: 'Indstilles til godkendelse',
  discussed: 'Drøftet',
  rejected: 'Ikke godkendt',
  commented: 'Bemærkninger',
  withdrawn: 'Trukket tilbage',
  other: 'Anden beslutning',
} as const;

export type Outcome = keyof typeof OUTCOMES;

export const OUTCOME_CODES = Object.keys(OUTCOMES) as Outcome[];

export function parseOutcome(raw: string, field: string): Outcome {
  if ((OUTCOME_CODES as string[]).includes(raw)) return raw as Outcome;
  throw new InvalidInput(field, `"${raw}" is not an outcome; use one of ${OUTCOME_CODES.join(', ')}`);
}

// Ordered: the first match wins, so "Indstilles til godkendelse" is not read as "godkendt".
const PHRASES: Array<[RegExp, Outcome]> = [
  [/^indstilles\b/i, 'recommended'],
  [/^(taget\s+)?til\s+efterretning/i, 'noted'],
  [/^(indstillingen\s+)?(godkendt|godkendes|tiltrådt|tiltrådes)/i, 'approved'],
  [/^(sagen\s+blev\s+)?drøftet/i, 'discussed'],
  [/^(ikke\s+godkendt|afvist|forkastet)/i, 'rejected'],
  [/^(sagen\s+)?(er\s+)?(trukket|taget\s+af\s+dagsordenen)/i, 'withdrawn'],
  [/\bbemærker\b/i, 'commented'],
];

/**
 * Best-effort reading of a Beslutning text (for importers). `other` when no phrase is known; the
 * raw text is always kept beside the code, so nothing is lost by a wrong guess.
 */
export function outcomeFromDanish(text: string): Outcome {
  const trimmed = text.normalize('NFC').trim();
  for (const [pattern, outcome] of PHRASES) if (pattern.test(trimmed)) return outcome;
  return 'other';
}

/** Outcomes that end the case's treatment by the body that has the power to decide. */
export const isFinalOutcome = (outcome: Outcome): boolean => outcome !== 'recommended' && outcome !== 'withdrawn';
