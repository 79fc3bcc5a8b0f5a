import { findDanishDate } from './danish-date.js';
import { fromGenitive } from './vocabulary/bodies.js';
import { readOutcome } from './decision-outcome.js';
import type { ParsedEarlierTreatment } from './parsed-minutes.types.js';
import { MAY_TELL_TREATMENT, PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS } from './vocabulary/decision-blocks.js';
import { matchesNearKeywords } from './near-keywords.js';

/**
 * Earlier treatments a case's prose tells (`By- og Kulturudvalget behandlede sagen den 17. september 2024 og
 * anbefalede indstillingen`; `Sagen var på udvalgets møde den 10. oktober 2024, hvor den blev udsat`), with the
 * outcome the sentence states. `udvalgets møde` is this meeting's body's; this meeting itself is not earlier.
 */
export function earlierTreatmentsInProse(text: string, line: number, meeting: { date?: string; body?: string }): ParsedEarlierTreatment[] {
  if (!MAY_TELL_TREATMENT.test(text)) return [];
  const treatments: ParsedEarlierTreatment[] = [];
  // Tried near its telling words only: from every letter of a long case text, it was the dearest pattern of a `Historik`.
  for (const match of matchesNearKeywords(text, PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS)) {
    const groups = match.groups!;
    // `på Teknik- og Miljøudvalgets møde` names the body; `på udvalgets møde` is this meeting's.
    const named = groups.body ?? groups.decided ?? groups.in ?? (groups.own && /^\p{Lu}/u.test(groups.own) ? fromGenitive(groups.own) : undefined);
    const body = named ? named.replace(/\s+/gu, ' ').trim() : meeting.body;
    const date = findDanishDate(groups.date ?? groups.decidedDate ?? groups.inDate ?? groups.ownDate!);
    if (!body || !date || date.iso === meeting.date) continue;
    const treatment: ParsedEarlierTreatment = { body, date: date.iso, itemNumbers: groups.ownItem ? [Number(groups.ownItem)] : [], text: match[0], line };
    const verdict = groups.verdict ?? groups.inVerdict ?? groups.ownVerdict;
    const reading = verdict ? readOutcome(verdict) : undefined;
    if (reading?.postponed) treatment.postponed = true;
    else if (reading?.outcome && !reading.unrecognised && reading.outcome !== 'other') treatment.outcome = reading.outcome;
    treatments.push(treatment);
  }
  return treatments;
}
