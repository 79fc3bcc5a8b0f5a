import type { ParsedItem } from './parsed-minutes.types.js';

/** An item a list names without its text (a contents list's entry, an agenda's line): no sections, no decision. */
export function textlessItem(number: number, title: string, line: number, closed: boolean): ParsedItem {
  return { number, title, line, closed, recommendations: [], absences: [], earlierTreatments: [], course: [], sections: { other: [] } };
}
