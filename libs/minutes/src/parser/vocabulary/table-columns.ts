/**
 * The column heads of an agenda drawn as a table in a Word-made referat (`Pkt.` / `Emne` / `Beslutning`): exported
 * as text, each row's cells are joined by tabs, and a wrapped cell continues on lines whose other cells are empty.
 * Matched against one cell, trimmed, lower-cased, without a closing colon or full stop.
 */
/** The item's number. */
export const NUMBER_COLUMN = /^(?:pkt|punkt|nr|sag nr|dagsordenspunkt nr)$/u;
/** The item's title. */
export const TITLE_COLUMN = /^(?:emne|sag|punkt|titel|overskrift|dagsordenspunkt|tekst)$/u;
/**
 * A contents table's number and page columns (`Pkt.` / `Tekst` / `Side`, `prepass/cell-contents.ts`); `Sag nr.:` /
 * `Emne:` / `Side:` heads a list the noise pass reads as it stands (Viborg's).
 */
export const CONTENTS_NUMBER_COLUMN = /^(?:pkt|punkt|nr)$/u;
export const PAGE_COLUMN = /^(?:side|sidenr|side nr)$/u;
/** The decision; the head's own word becomes the decision's label line. */
export const DECISION_COLUMN = /^(?:beslutning(?:er)?|referat|konklusion|beslutning\/referat|referat\/beslutning)$/u;
/**
 * The item's case number (`Sagsnr.`, `J.nr.`, `Journalnr.`), a column of its own in some tables, after the title or
 * before it (`Pkt.` / `Sagsnr.` / `Emne` / `Beslutning`): printed under the row's title as a labelled line.
 */
export const CASE_NUMBER_COLUMN = /^(?:sagsnr|sags nr|sagsnummer|sag nr|journalnr|journal nr|journalnummer|j\.\s?nr|j nr|jnr|acadre sagsnr|sbsys sagsnr)$/u;
/**
 * The item's whole text (its Sagsfremstilling, Indstilling and decision, each under its own label inside the cell): a
 * Word referat whose agenda is one table row per item. Its lines are the item's body as written, no label over them.
 */
export const BODY_COLUMN = /^(?:sagsfremstilling(?: og beslutning)?|behandling(?: og beslutning)?|bemærkninger(?:\/beslutning)?|indhold|tekst|sagens tekst)$/u;
/**
 * A word every `DECISION_COLUMN` and `BODY_COLUMN` name holds (extend them together): a line without one, in any case,
 * holds no table head (`iu` folds no other character to these letters than `toLowerCase` lowers to them).
 */
export const TEXT_COLUMN_WORD = /beslutning|referat|konklusion|sagsfremstilling|behandling|bemærkninger|indhold|tekst/iu;
/** A row's number cell: `3`, `3.` or `3)`. */
export const ROW_NUMBER = /^(\d{1,3})[.)]?$/u;
/**
 * A column telling each row's access (`Status`: `Åben` / `Lukket`), as a spreadsheet export of the items prints it: told
 * by its values, every one of them one of these words. A closed row's title is written with the closed marker.
 */
export const ACCESS_VALUE = /^(?:åben|åbent|offentlig|lukket|fortrolig)$/iu;
/** The access values that close a row. */
export const CLOSED_ACCESS_VALUE = /^(?:lukket|fortrolig)$/iu;

/**
 * The head row of a table of decisions printed after all items, its columns laid by spaces (`Pkt.   Emne   Beslutning`):
 * the number's column first, the decision's last.
 */
export const DECISION_OVERVIEW_HEAD = /^(?:pkt\.?|punkt|nr\.?)\s{2,}\S.*\s{2,}(beslutning(?:er)?|afgørelse)\s*$/iu;

/**
 * Cheap test of a whole text for such a head row: its last column's name after a run of spaces. In a text with odd
 * spaces or tabs (`oddSpacing`) the run may hold a non-breaking space or a tab (then any letter may stand before it). One
 * walk over the places `eslutning` stands (few): two native searches for `  Beslutning` and `  beslutning` cost more.
 */
export function mayHoldDecisionOverview(text: string, oddSpacing = false): boolean {
  for (let at = text.indexOf('eslutning', 3); at >= 0; at = text.indexOf('eslutning', at + 9)) {
    const before = text.charCodeAt(at - 1);
    if ((before === 0x42 /* B */ || before === 0x62) /* b */ && text.charCodeAt(at - 2) === 0x20 && text.charCodeAt(at - 3) === 0x20) return true;
    if (oddSpacing && isSpacing(text.charCodeAt(at - 2)) && isSpacing(text.charCodeAt(at - 3))) return true;
  }
  return false;
}

/** A space, a tab or a non-breaking space. */
const isSpacing = (code: number): boolean => code === 32 || code === 9 || code === 160;
