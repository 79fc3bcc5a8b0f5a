import { MONTH_NAMES } from './dates.js';

/**
 * Letters that OCR of a scanned (typed or printed) protocol reads wrong in a way no clean text shows, read back as
 * the typed letters before any recogniser sees the text (`prepass/ocr-misreadings.ts`). Only misreadings that cannot
 * be the author's own words are listed: a digit between lower-case letters, `rn` opening a word, a letter among a
 * date's day digits, an `ae` / `oe` / `aa` in a head label that minutes spell with æ, ø or å.
 */

/** A one read between lower-case letters is an `l` (`Udva1gets beslutning`, `Godkende1se`): no Danish word holds a digit. */
export const ONE_FOR_L = /(?<=\p{Ll})1(?=\p{Ll})/gu;

/** `rn` opening a word is an `m` (`rnødet`, `rnødelokale`, `42 rn2`): no Danish word starts with `rn`. */
export const RN_FOR_M = /(?<![\p{L}\p{N}])rn(?=[\p{Ll}\d])/gu;

/**
 * A two-digit day of the month with `l` or `I` for one of its ones, before its month's name in lower case (`l1. maj 2004`,
 * `2l. marts`); a letter alone is a word (`I AUGUST` in a title in capitals).
 */
export const DAY_WITH_LETTER_ONE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[lI]\d|[0-3][lI])(?=\.?\s*(?:${MONTH_NAMES})(?![\p{L}]))`, 'gu');

/**
 * An item's number with a lower-case `l` for a one after `pkt.` / `punkt` (`Ad pkt. l.`, `pkt. l2`): no number holds a
 * letter `l`. (Not `I`: `punkt I` may be a Roman numeral.)
 */
export const ITEM_NUMBER_WITH_L_FOR_ONE = /(?<=(?<![\p{L}])(?:[Pp]kt|PKT|[Pp]unkt|PUNKT)\.?\s{0,3})(?=\d{0,2}l)[\dl]{1,3}(?=[.)]?(?:\s|$))/gmu;

/**
 * A dotted number of three two-digit groups (a KLE journal number, `J.nr. 05.0l.00 G01`) with a lower-case `l` for a
 * one in a group that holds a digit too: no such number holds a letter.
 */
export const DOTTED_NUMBER_WITH_L_FOR_ONE = /(?<![\p{L}\p{N}.])(?=[\d.l]{8}(?![\p{L}\p{N}]))(?=[^l\s]{0,7}l)(?:\dl|l\d|\d\d)\.(?:\dl|l\d|\d\d)\.(?:\dl|l\d|\d\d)/gu;

/** Head labels minutes spell with æ, ø or å, as a scan without the letter reads them (`Fravaerende:`). */
export const FOLDED_LABELS: Readonly<Record<string, string>> = {
  Fravaerende: 'Fraværende',
  Fravarende: 'Fraværende',
  Moedested: 'Mødested',
  Moededato: 'Mødedato',
  Moedetidspunkt: 'Mødetidspunkt',
  Moedelokale: 'Mødelokale',
  Tilstedevaerende: 'Tilstedeværende',
};

/** A folded label at a line's start, before its colon. */
export const FOLDED_LABEL = new RegExp(`^(${Object.keys(FOLDED_LABELS).join('|')})(?=\\s*:)`, 'gmu');
