import { cleanBodyName, sameBody } from './body-name.js';
import { findDanishDate } from './danish-date.js';
import { readDecisionOutcome } from './decision.parser.js';
import type { ParsedEarlierTreatment, ParsedPersonReference } from './parsed-minutes.types.js';
import { readSectionHeading } from './section-heading.js';
import { blockText, type SourceLine } from './source-line.js';
import { memoByText } from './text-memo.js';
import { BODY_PERIOD_PREFIX, BODY_SUFFIX, fromGenitive } from './vocabulary/bodies.js';
import { ACCESS_PART_HEADING, CLOSED_SECTION } from './vocabulary/closed-markers.js';
import { DATED_ABSENCE_LABEL } from './vocabulary/attendance.js';
import { YEAR_DIGITS } from './vocabulary/dates.js';
import { BODY_DATE_BLOCK, DECISION_BLOCK_ENDING, DECISION_BLOCK_HEADINGS, MAY_TELL_POSTPONED_FROM, NAMES_A_BODY } from './vocabulary/decision-blocks.js';
import { tellsEarlierPostponement } from './earlier-prose.parser.js';

export interface DecisionBlockHeading {
  body: string;
  /** YYYY-MM-DD */
  date: string;
  itemNumbers: number[];
}

export interface DecisionBlock extends DecisionBlockHeading {
  lines: SourceLine[];
  line: number;
  absences: ParsedPersonReference[];
}

/** `Beslutning i <organ> den <dato>`, `<Organ>s beslutning den <dato> Punkt N`, `<organ>, <dato>, pkt. N:` ... */
export function readDecisionBlockHeading(text: string): DecisionBlockHeading | undefined {
  // Only the cheap tests before the memo: a text asked again (each item's block headings, a table's dated rows) is
  // looked up, not searched for its ending again (a search from every digit of the line).
  // (A heading is read with its date, and a date with its year: a line that ends in a digit without four in a row,
  // `Bilag 3`, `pkt. 5`, is not looked up.)
  if (text.length > 200 || !endsInDigit(text) || !YEAR_DIGITS.test(text)) return undefined;
  const reading = readBlockHeadingKnown(text);
  // The caller's own copy (field by field: a spread is slow).
  return reading ? { body: reading.body, date: reading.date, itemNumbers: reading.itemNumbers.slice() } : undefined;
}

/**
 * `<organ> den <dato>` alone on a line: a dated decision block when it stands inside a decision (the caller knows);
 * the body must name one (`Udvalget for Kultur og Fritid`, `Økonomiudvalg`).
 */
export function readBodyDateBlockHeading(text: string): DecisionBlockHeading | undefined {
  // `endsInDigit` passes over trailing spaces and colons itself: the line is not copied to ask it.
  // (And the block's date is read with its year: a line without four digits in a row is none.)
  if (text.length > 130 || !endsInDigit(text) || !YEAR_DIGITS.test(text)) return undefined;
  const match = BODY_DATE_BLOCK.exec(text.trim());
  if (!match || !NAMES_A_BODY.test(match.groups!.body!) || DATED_ABSENCE_LABEL.test(text.trim())) return undefined;
  const date = findDanishDate(match.groups!.date!);
  const body = cleanBodyName(match.groups!.body!);
  return date && body ? { body, date: date.iso, itemNumbers: [] } : undefined;
}

// The same headings recur in every item of a referat (`Beslutning i Byrådet den 23-04-2025`): each is read once.
const readBlockHeadingKnown = memoByText(readBlockHeadingOnce);

function readBlockHeadingOnce(text: string): DecisionBlockHeading | undefined {
  // (`Fraværende i Byrådet, 12. marts 2025:` heads the names absent from that meeting, not its decision.)
  if (!DECISION_BLOCK_ENDING.test(text) || DATED_ABSENCE_LABEL.test(text.trim())) return undefined;
  // (`Sagen var også udsat på udvalgets møde den 8. februar 2022, pkt. 6.` ends as a heading does: a sentence telling
  // an earlier postponement, read as such with the decision.)
  if (MAY_TELL_POSTPONED_FROM.test(text) && tellsEarlierPostponement(text)) return undefined;
  for (const pattern of DECISION_BLOCK_HEADINGS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const groups = match.groups!;
    const date = findDanishDate(groups.date!);
    if (!date) continue;
    if (groups.meetingOf !== undefined && !/^\p{Lu}/u.test(groups.meetingOf)) continue;
    const genitive = groups.genitive ?? groups.meetingOf;
    const rawBody = genitive ? fromGenitive(genitive.trim()) : groups.body!;
    // `Udvalget for Plan, Trafik og Klima (22-25)`: the election period is not part of the name.
    // (So is the weekday before the date: `Beslutning i Forretningsudvalget 2018-2021 fredag den 14. august 2020, pkt. 1`.)
    const body = cleanBodyName(rawBody.replace(/^(?:mødet\s+i|møde\s+i)\s+/iu, '').replace(WEEKDAY_AT_END, '').replace(BODY_PERIOD_PREFIX, '').replace(BODY_SUFFIX, ''));
    if (!body || body.split(' ').length > 12) continue;
    return { body, date: date.iso, itemNumbers: groups.item ? [Number(groups.item)] : [] };
  }
  return undefined;
}

const WEEKDAY_AT_END = /\s+(?:man|tirs|ons|tors|fre|lør|søn)dag$/iu;

/** The last character before trailing spaces, colons and full stops is a digit (as every dated heading's). */
export function endsInDigit(text: string): boolean {
  const code = text.charCodeAt(lastBeforeEnding(text));
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a heading wrapped onto this text (the text its second line) can be a block heading: the text ends in a
 * digit, or holds only what is passed over before the digit (spaces, colons, full stops), so the first line ends it.
 */
export function mayEndBlockHeading(text: string): boolean {
  const last = lastBeforeEnding(text);
  if (last < 0) return true;
  const code = text.charCodeAt(last);
  return code >= 0x30 && code <= 0x39;
}

/** Index of the last character that is not a space, colon or full stop (-1 when there is none). */
function lastBeforeEnding(text: string): number {
  let index = text.length - 1;
  while (index >= 0 && passedOverAtEnd(text, index)) index--;
  return index;
}

/** A space (any white space), colon or full stop; an ASCII character is told by its code, without the pattern. */
function passedOverAtEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x20 || code === 0x3a || code === 0x2e) return true;
  return code < 0x80 ? code >= 0x09 && code <= 0x0d : /\s/u.test(text[index]!);
}

export interface ResolvedBlocks {
  /** The block of this meeting: the item's decision. */
  current?: DecisionBlock;
  /** True when no block carries the meeting's date and the last one was taken. */
  fallback: boolean;
  /** The other blocks: earlier treatments with their outcomes. */
  earlier: ParsedEarlierTreatment[];
}

/**
 * Picks this meeting's decision among an item's dated decision blocks: the block dated the meeting's date
 * (of the meeting's body when several bodies decided that day); without a match, and with no plain
 * `Beslutning` section either, the last block. Every other block is an earlier treatment, with its outcome.
 */
export function resolveDecisionBlocks(blocks: readonly DecisionBlock[], meeting: { date?: string; body?: string }, hasPlainDecision: boolean): ResolvedBlocks {
  if (blocks.length === 0) return { fallback: false, earlier: [] };
  // A heading of the meeting's own date with nothing under it (a page's running head, Gentofte's `Møde i <organ> den ...`
  // over the next item) is not the decision where a plain `Beslutning` holds one.
  const sameDay = meeting.date ? blocks.filter((block) => block.date === meeting.date && (!hasPlainDecision || holdsText(block))) : [];
  let current: DecisionBlock | undefined = (meeting.body ? sameDay.find((block) => sameBody(block.body, meeting.body!) || looselySameBody(block.body, meeting.body!)) : undefined) ?? sameDay[sameDay.length - 1];
  let fallback = false;
  if (!current && !hasPlainDecision) {
    // With the meeting's date unknown, the newest block is this meeting's: the bodies before it decided earlier, whether
    // the blocks run oldest first (`Beslutning <udvalg> den ...` chains) or newest first (a region's `POLITISK
    // BEHANDLING`: this body's `... beslutning den ...` above the committees' that recommended the case).
    current = meeting.date === undefined ? newestBlock(blocks) : blocks[blocks.length - 1];
    fallback = meeting.date !== undefined;
    // (Not another body's block dated before the meeting: an excerpt cut before this meeting's own decision, Faaborg-
    // Midtfyn's `Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:` / `... anbefales ...` over no `Beslutning` yet, holds
    // only the committee's earlier treatment.)
    if (fallback && current.date < meeting.date! && meeting.body && !sameBody(current.body, meeting.body) && !looselySameBody(current.body, meeting.body)) {
      current = undefined;
      fallback = false;
    }
  }
  const earlier: ParsedEarlierTreatment[] = [];
  for (const block of blocks) {
    if (block === current) continue;
    // A heading of the meeting's own date with nothing under it is a page's running head that reads like one
    // (`Ballerup Kommunalbestyrelse, 29. maj 2006` after a form feed), not an earlier meeting.
    if (block.date === meeting.date && !holdsText(block)) continue;
    // The block's own decision, read like any decision (absence sentences first are passed over).
    const reading = readDecisionOutcome(block.lines);
    // Built field by field in the output's order, not from spreads.
    const treatment = { body: block.body, date: block.date, itemNumbers: block.itemNumbers, text: blockText(block.lines) } as ParsedEarlierTreatment;
    if (reading?.outcome) treatment.outcome = reading.outcome;
    if (reading?.postponed) treatment.postponed = true;
    treatment.foundIn = 'decision-block';
    treatment.line = block.line;
    earlier.push(treatment);
  }
  return current ? { current, fallback, earlier } : { fallback, earlier };
}

/** The block of the latest date; of several that day, the last (ISO dates compare as text). */
function newestBlock(blocks: readonly DecisionBlock[]): DecisionBlock {
  let newest = blocks[0]!;
  for (const block of blocks) if (block.date >= newest.date) newest = block;
  return newest;
}

/**
 * Whether a block holds text of its own: the heading of the agenda's closed part under a page's running date line (`Nexø
 * Byråd, 14.03.1996` / `LUKKET DEL AF MØDET` at a typed protocol's page top) is not a decision.
 */
function holdsText(block: DecisionBlock): boolean {
  return block.lines.some((line) => !line.blank && !(line.plain.length <= 40 && (ACCESS_PART_HEADING.test(line.plain) || CLOSED_SECTION.test(line.plain))));
}

/** `Byrådet` and `Byrådets` or `Kommunalbestyrelsen` written with and without the article. */
function looselySameBody(a: string, b: string): boolean {
  const keyA = looseKey(a);
  const keyB = looseKey(b);
  return keyA === keyB || keyA.startsWith(keyB) || keyB.startsWith(keyA);
}

function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/(et|en|s)$/u, '');
}

/** A decision label that names the deciding body, `Beslutning fra Integrationsrådet`, `Beslutning i Byrådet:`. */
const LABEL_NAMING_BODY = /^beslutning\s+(?:fra|i)\s+(\p{Lu}[^:]{2,80}?)\s*:?$/iu;
/** The record's date line under it: `Dato: 10. december 2015`. */
const RECORD_DATE_LINE = /^dato\s*:\s*(.+)$/iu;

/** The record's `Sted: <place>` line right after its date line (blank lines between). */
function recordPlace(lines: readonly SourceLine[], from: number): string | undefined {
  let index = from;
  while (index < lines.length && lines[index]!.blank) index++;
  const place = index < lines.length ? /^sted\s*:\s*(\S.*)$/iu.exec(lines[index]!.plain.trim()) : null;
  return place ? place[1]!.trim() : undefined;
}

/** How far below a `Beslutning` heading its dated block may stand (absence lines come first in København's, and a
 * committee with members of several groups lists them all, `I mødet deltog:` / `Borgerrepræsentanter:` / names ...). */
const BLOCK_REACH = 40;

/**
 * An item page without a head (København's eDoc): the dated block inside an item's `Beslutning` section is
 * this meeting's (`Kultur- og Fritidsudvalgets beslutning i mødet den 31. januar 2019:`), so it names the
 * meeting when every such block agrees. Earlier treatments stand outside the decision section.
 */
export function meetingOfDecisionSections(lines: readonly SourceLine[]): (DecisionBlockHeading & { line: number; place?: string }) | undefined {
  const found: Array<DecisionBlockHeading & { line: number; place?: string }> = [];
  lines.forEach((line, index) => {
    if (readSectionHeading(line)?.kind !== 'decision') return;
    // (PolWeb's item page: `Beslutning fra Integrationsrådet` over `Dato: 10. december 2015`, `Sted: ...`: the label
    // names the body, the record's first line the date.)
    const namedBody = line.plain.length > 15 ? LABEL_NAMING_BODY.exec(line.plain.trim()) : null;
    for (let next = index + 1; next < lines.length && next <= index + BLOCK_REACH; next++) {
      if (lines[next]!.blank) continue;
      if (readSectionHeading(lines[next]!)) return;
      const dated = namedBody ? RECORD_DATE_LINE.exec(lines[next]!.plain) : null;
      const date = dated ? findDanishDate(dated[1]!)?.iso : undefined;
      if (date) {
        const place = recordPlace(lines, next + 1);
        found.push({ body: cleanBodyName(namedBody![1]!), date, itemNumbers: [], line: lines[next]!.no, ...(place ? { place } : {}) });
        return;
      }
      const block = readDecisionBlockHeading(lines[next]!.plain);
      if (block) {
        found.push({ ...block, line: lines[next]!.no });
        return;
      }
    }
  });
  const first = found[0];
  return first && found.every((block) => block.date === first.date && sameBody(block.body, first.body)) ? first : undefined;
}
