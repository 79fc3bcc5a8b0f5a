/**
 * A council's or a board's notes written as prose, whose agenda runs inside a paragraph and whose decisions follow
 * as notes to the numbers (`paragraph-agenda-items.ts`).
 */

/** The word asked of a line before the label is looked for (one native search a line). */
export const PARAGRAPH_AGENDA_WORD = 'Dagsorden:';

/** The agenda's label with its first entry after it: `Dagsorden: 1. Godkendelse af referat ...`. */
export const PARAGRAPH_AGENDA = /(?:^|\s)Dagsorden:\s+(?=1\.\s+\p{Lu})/u;

/** A note to an agenda number, the decision under it: `Ad. 1) Referatet blev godkendt.`, `Ad 3) ...`. Group 1 the number. */
export const AGENDA_NUMBER_NOTE = /(?<=^|\s)Ad\.?\s+(\d{1,3})\)\s+/gu;

/** A paragraph's agenda is read only with this many entries. */
export const PARAGRAPH_AGENDA_MIN = 3;

/** How many lines after the label's the paragraph is read over (a list of entries and notes set a line each). */
export const PARAGRAPH_LINES_MAX = 80;
