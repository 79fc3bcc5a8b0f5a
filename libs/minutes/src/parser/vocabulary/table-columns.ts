/**
 * The column heads of an agenda drawn as a table in a Word-made referat (`Pkt.` / `Emne` / `Beslutning`): exported
 * as text, each row's cells are joined by tabs, and a wrapped cell continues on lines whose other cells are empty.
 * Matched against one cell, trimmed, lower-cased, without a closing colon or full stop.
 */
/** The item's number. */
export const NUMBER_COLUMN = /^(?:pkt|punkt|nr|sag nr|dagsordenspunkt nr)$/u;
/** The item's title. */
export const TITLE_COLUMN = /^(?:emne|sag|punkt|titel|overskrift|dagsordenspunkt|tekst)$/u;
/** The item's case number, a column of its own in some tables (`Pkt.` / `Sagsnr.` / `Emne` / `Beslutning`). */
export const CASE_NUMBER_COLUMN = /^(?:sagsnr|sags nr|sagsnummer|j\.? ?nr|journalnr|journal nr)$/u;
/** The decision; the head's own word becomes the decision's label line. */
export const DECISION_COLUMN = /^(?:beslutning(?:er)?|referat|konklusion|beslutning\/referat|referat\/beslutning)$/u;
/** A row's number cell: `3`, `3.` or `3)`. */
export const ROW_NUMBER = /^(\d{1,3})[.)]?$/u;
