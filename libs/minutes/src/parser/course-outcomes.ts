import { sameBody } from './body-name.js';
import type { ParsedCourseEntry, ParsedEarlierTreatment } from './parsed-minutes.types.js';

/**
 * First Agenda's `Tidligere behandling` lists the earlier meetings (body, date, item) without their verdicts, and the
 * same item's `Sagens forløb` tells those verdicts (`05-03-2025 Børne- og Skoleudvalget` / `Anbefales.`): a listed
 * meeting without a verdict of its own takes the one its course entry (same body, same date) states.
 */
export function addOutcomesFromCourse(treatments: readonly ParsedEarlierTreatment[], course: readonly ParsedCourseEntry[]): void {
  for (const treatment of treatments) {
    if (treatment.outcome !== undefined || treatment.postponed) continue;
    const entry = course.find((candidate) => candidate.date === treatment.date && !candidate.cancelled && sameBody(candidate.body, treatment.body));
    if (!entry) continue;
    if (entry.outcome !== undefined) treatment.outcome = entry.outcome;
    if (entry.postponed) treatment.postponed = true;
  }
}
