import { isEmptyCaseNumberLabel, readBracketedCaseNumber, readCaseNumberOfLine, readWholeCaseNumberOfAnyScheme } from './case-number.js';
import { columnedContentsTitles } from './contents-columns.js';
import { lostNumberHeadings } from './lost-number-headings.js';
import { readDecisionBlockHeading } from './decision-blocks.js';
import { opensAbsenceList } from './attendance.recogniser.js';
import { attendanceOf } from './person-list.parser.js';
import { isUnrecognisedOutcome, isVerdictAlone } from './decision-outcome.js';
import { looksLikeTitle, readHeadingCandidate, readTitle, unmarkedText, type HeadingCandidate } from './item-heading.parser.js';
import { opensNumberedBlock } from './numbered-blocks.js';
import type { ItemHeadingRead } from './item-body.parser.js';
import { readSectionHeading } from './section-heading.js';
import { execStartingLike, mayStartLike, testStartingLike } from './line-prefilter.js';
import { isBodyNameHead, isEmptyMeetingLabel, isRunningHead } from './running-head.js';
import { isInCapitals, startsInLowerCase } from './letter-case.js';
import { endsWithBodyWord } from './body-name.js';
import { collapseSpaces, textLine, type SourceLine } from './source-line.js';
import { keyDiffersInAsciiStart, titleKeyOf } from './title-key.js';
import { ACCESS_MARKER_LINE, ACCESS_WORD, CLOSED_ACCESS_LINE, CLOSED_DOORS_SENTENCE, CLOSED_MARKER_LINE, CLOSED_MARKER_OVER, CLOSED_PREFIX_ANY_CASE, CLOSED_SECTION, CLOSED_SUFFIX, MAY_HOLD_CLOSED_MARKER, OPEN_SECTION, OPEN_SUFFIX } from './vocabulary/closed-markers.js';
import { ACCESS_WITH_NUMBER, INTERNAL_REFERENCE, OTHER_FIELD_LABEL_ALONE, OTHER_ITEM_LABEL_LINE, SAG_NR } from './vocabulary/case-numbers.js';
import { HEAD_LABEL_LINE, HEAD_LABELS } from './vocabulary/head-labels.js';
import { ITEM_FIELD_LINE, LOOSE_NUMBERINGS, NUMBER_UNDER_TITLE, TYPE_CODE, TYPE_PREFIX } from './vocabulary/numbering.js';
import type { WarningCollector } from './warning-collector.js';
import { WORDS_AFTER_SUSPENDED_HYPHEN } from './vocabulary/extraction-artefacts.js';
import { MONTH_NAMES } from './vocabulary/dates.js';
import { CONTENTS_LIST_HEADING } from './vocabulary/contents-lists.js';

export interface ItemSpan {
  heading: ItemHeadingRead;
  headingLine: SourceLine;
  /** Index of the heading line in the scanned lines. */
  headingIndex: number;
  /** Index of the first body line (after the heading and its wrapped title lines). */
  bodyStart: number;
  /** Index after the last body line. */
  end: number;
}

export interface ContentsEntry {
  number?: number;
  title: string;
  closed: boolean;
  line: number;
}

export interface ItemScan {
  spans: ItemSpan[];
  /** Entries of a contents list read from numbered lines (not from dot-leader lines, which the pre-pass drops). */
  contents: ContentsEntry[];
  /** Line indexes that are repeated headings of an item already open (read once, not body text). */
  repeatedHeadings: Set<number>;
}

interface Located extends HeadingCandidate {
  index: number;
}

/** The candidate at its line index, copied field by field (a spread gives the copies many shapes). */
function locatedAt(candidate: HeadingCandidate, index: number): Located {
  const located: Located = { index, title: candidate.title, style: candidate.style, strength: candidate.strength, marked: candidate.marked, closed: candidate.closed };
  if (candidate.number !== undefined) located.number = candidate.number;
  if (candidate.typeCode !== undefined) located.typeCode = candidate.typeCode;
  if (candidate.titleWithCode !== undefined) located.titleWithCode = candidate.titleWithCode;
  if (candidate.strongByClosedMarker) located.strongByClosedMarker = true;
  if (candidate.caseNumber !== undefined) located.caseNumber = candidate.caseNumber;
  return located;
}

/** How `Sag nr. N` starts (from its pattern): most lines cannot be one. */
const mayBeSagNr = mayStartLike([SAG_NR]);

/** How the closed and open section headings start (from their patterns): most lines cannot be one. */
const mayOpenSection = mayStartLike([CLOSED_SECTION, OPEN_SECTION]);

/** A case number's access word, its label, or the contents' heading, asked of the lines near every candidate: most fail on their first letter. */
const startsWithAccessAndNumber = testStartingLike(ACCESS_WITH_NUMBER);
const startsWithCaseNumberLabel = testStartingLike(/^(?:sagsnr|sagsnummer|sag nr|sagsid|j\.?\s*nr)/iu);
const isContentsHeading = testStartingLike(/^(?:indholdsfortegnelse|indhold)$/iu);
/** Lines that never continue a title: labels of absence, case numbers and access, the source address. */
const startsLikeLabel = testStartingLike(/^(?:afbud|fraværende|source\s+url|sagsnr|sagsnummer|sag nr|sagsid|j\.?\s*nr|åbent?\s*[-–]|lukket\s*[-–]|(?:åben|åbent|lukket)\s+(?:sag|punkt)\s*$)/iu);
/** An access line that closes the item: `Lukket`, `Lukket sag`, `Lukket - 82.02.00-G01-4-23`. */
const isClosedAccessLine = testStartingLike(CLOSED_ACCESS_LINE);
/** The closed markers and field labels asked of the few lines under and over every candidate (most fail on their first letter). */
const isClosedMarkerLine = testStartingLike(CLOSED_MARKER_LINE);
const isClosedDoorsSentence = testStartingLike(CLOSED_DOORS_SENTENCE);
const isClosedMarkerOver = testStartingLike(CLOSED_MARKER_OVER);
const isOtherFieldLabelAlone = testStartingLike(OTHER_FIELD_LABEL_ALONE);

/** How many lines after a weak heading are searched for evidence that it opens an item. */
const EVIDENCE_REACH = 4;
const MAX_TITLE_CONTINUATION_LINES = 2;

/**
 * Finds the item headings of a document. Strong numbering styles (`Punkt N`, `Nr.N -`, `N : titel`, bullets)
 * are headings when their numbers rise; weak ones (`N. Titel`, `N.Titel`, a bare number) also number lists
 * inside items, so they need evidence: a case number or item label within a few lines, the title in the
 * contents list, a case number just before. A run of numbered lines with nothing between them, whose
 * entries come back later, is a contents list. A heading repeated for the open item is read once.
 */
export function findItemSpans(lines: readonly SourceLine[], contentsTitles: readonly string[], warnings: WarningCollector): ItemScan {
  const candidates: Located[] = [];
  // One walk over the lines for the three start tests: the lines that may be `Sag nr. N` and those that may open a closed
  // or open section are listed here and visited later, not found by walks of their own (a walk over a long referat's
  // lines costs about what the cheap tests cost).
  const sagNrLines: number[] = [];
  const sectionLines: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const candidate = readHeadingCandidate(line);
    if (candidate) candidates.push(locatedAt(candidate, index));
    const text = line.unmarked;
    if (mayBeSagNr(text)) sagNrLines.push(index);
    if (mayOpenSection(text)) sectionLines.push(index);
  }
  addSagNrHeadings(lines, sagNrLines, candidates);
  addPageTitleHeadings(lines, candidates);
  addLostNumberHeadings(lines, candidates, contentsTitles);
  const { listEntries, contents } = findContentsRuns(lines, candidates);
  // Titles are compared again and again (contents entries, repeated headings): each is keyed once.
  const titleKeys = new Map<string, string>();
  const keyOf = (title: string): string => {
    let key = titleKeys.get(title);
    if (key === undefined) titleKeys.set(title, (key = titleKey(title)));
    return key;
  };
  markEntriesThatComeBack(candidates, listEntries, contents, lines, keyOf);
  const titles = new Set([...contentsTitles.map(contentsTitle), ...contents.map((entry) => entry.title)].map(titleKey));
  const closedInContents = closedContentsTitles(contentsTitles);
  // Acadre's contents keep the page number on the entry's line (`121. Underskriftsside 5`).
  for (const entry of contents) if (/\s\d{1,3}$/u.test(entry.title)) titles.add(titleKey(entry.title.replace(/\s+\d{1,3}$/u, '')));
  // Acadre's contents extracted column by column: the numbers, then the titles.
  for (const title of columnedContentsTitles(lines)) titles.add(titleKey(title));
  const usable = candidates.filter((candidate) => !listEntries.has(candidate.index));
  // A heading strong only by its closed marker does not make the document's numbering strong (a long referat has many
  // closed items in a weak style: their open neighbours must still be read).
  const strongItems = usable.filter((candidate) => candidate.strength === 'strong' && !candidate.strongByClosedMarker && candidate.style !== 'dagsordenspunkt' && candidate.style !== 'page-title' && looksLikeTitle(candidate.title)).length;
  const weakAllowed = strongItems < 2;
  const context: AcceptContext = { lastNumber: undefined, itemLevel: undefined, weakAllowed, titles, keyOf, lastHeadingIndex: -1, skipped: new Set() };

  const spans: ItemSpan[] = [];
  const repeatedHeadings = new Set<number>();
  let lastNumber: number | undefined;
  let itemLevel: number | undefined;
  let inClosedSection = false;
  let closedSectionItems = 0;
  /** The item before was closed by a marker over its heading, or one of a run of empty items under one. */
  let markerRun = false;
  let sectionFrom = 0;
  // (Where the walk over `sectionLines` stands: at the first listed at or after `sectionFrom`.)
  let sectionAt = 0;
  // (A number alone over its title, `2.` / `Vandforsyningsplan 2025-2035 (B)`, has its code on the title's line.)
  const coded = usable.filter((candidate) => candidate.typeCode || (candidate.title.length === 0 && codedTitleBelow(lines, candidate.index)));
  // (Or one item's heading whose title the item prints again, code and all: Vejen's page of a single item.)
  const typeCoded = coded.length >= 2 || (coded.length === 1 && codedTitleRepeated(lines, coded[0]!));

  for (const candidate of usable) {
    // Closed/open section headings between the previous heading and this one.
    // (Only the lines that may open one, listed by the first walk, from `sectionFrom` on.)
    while (sectionAt > 0 && sectionLines[sectionAt - 1]! >= sectionFrom) sectionAt--;
    while (sectionAt < sectionLines.length && sectionLines[sectionAt]! < sectionFrom) sectionAt++;
    for (; sectionAt < sectionLines.length && sectionLines[sectionAt]! < candidate.index; sectionAt++) {
      const index = sectionLines[sectionAt]!;
      const text = unmarkedText(lines[index]!);
      // Before the first item such headings belong to a contents list, not to the agenda.
      if (CLOSED_SECTION.test(text) && spans.length > 0) {
        inClosedSection = true;
        closedSectionItems = 0;
      }
      // eDoc's page head repeats `Åbent referat` under a break, also on the closed part's pages: between `Lukket
      // referat` and its first item it opens nothing.
      else if (OPEN_SECTION.test(text) && !(inClosedSection && closedSectionItems === 0 && underPageBreak(lines, index))) inClosedSection = false;
    }
    sectionFrom = candidate.index + 1;
    const line = lines[candidate.index]!;
    const current = spans[spans.length - 1];
    if (current && isRepeatOf(candidate, current.heading, keyOf)) {
      repeatedHeadings.add(candidate.index);
      continue;
    }
    if (current && candidate.index < current.bodyStart) continue;
    context.lastNumber = lastNumber;
    context.itemLevel = itemLevel;
    context.lastHeadingIndex = current ? current.headingIndex : -1;
    if (!accepts(candidate, lines, context)) continue;

    let title = typeCoded || !candidate.titleWithCode ? candidate.title : candidate.titleWithCode;
    let bodyStart = candidate.index + 1;
    let titleBelowFields = false;
    if (title.length === 0) {
      // `Sag nr. N` over its title was told so by the line right under it (see addSagNrHeadings).
      const next = candidate.style === 'sag-nr' ? nextNonBlank(lines, bodyStart) : nextTextLine(lines, bodyStart);
      if (next !== undefined && isTitleLine(lines[next]!)) {
        title = unmarkedText(lines[next]!);
        bodyStart = next + 1;
      } else if (next !== undefined) {
        // Hørsholm's `Punkt: 2` over `Acadre sagsnr.:`, `Journalnr.:`, `Sagsbehandler:` ...: the title follows the fields,
        // which stay in the body (the case number is one of them).
        const below = titleAfterFields(lines, next);
        if (below !== undefined) {
          title = unmarkedText(lines[below]!);
          titleBelowFields = true;
        }
      }
    }
    const previousLine = lines[candidate.index - 1];
    const continued = titleBelowFields || context.blockHeadingIndex === candidate.index ? { title, bodyStart } : continueTitle(lines, bodyStart, title, context, !previousLine || previousLine.blank);
    title = continued.title;
    bodyStart = continued.bodyStart;

    // A type code or closed marker at the end of a wrapped title stands on its last line.
    let typeCode = candidate.typeCode;
    let caseNumber = candidate.caseNumber;
    if (continued.bodyStart > candidate.index + 1) {
      const retitled = readTitle(title);
      if (retitled.typeCode && typeCoded) {
        title = retitled.title;
        typeCode ??= retitled.typeCode;
      }
      // (A case number in brackets ends the title's last line.)
      if (retitled.caseNumber) {
        caseNumber ??= retitled.caseNumber;
        if (!typeCoded) title = readBracketedCaseNumber(title)?.title ?? title;
      }
    }
    const closedTitle = readClosedFromTitle(title);
    const underMarker = closedMarkerOver(lines, candidate.index);
    // (One `LUKKET PUNKT` over a run of closed items that print their titles only: `LUKKET PUNKT` / `52. Klage ...` /
    // `53. Personalesag` / `Underskrifter:`. Each item of the run is empty, the last up to the referat's signatures.)
    const inMarkerRun: boolean = !underMarker && markerRun && current !== undefined && nextNonBlank(lines, current.bodyStart) === candidate.index && holdsNoText(lines, bodyStart);
    const closed = candidate.closed || closedTitle.closed || inClosedSection || accessIsClosed(lines, bodyStart) || underMarker || inMarkerRun || (closedInContents !== undefined && closedInContents.has(keyOf(closedTitle.title)));
    markerRun = underMarker || inMarkerRun;
    if (inClosedSection) closedSectionItems++;
    title = closedTitle.title;
    if (candidate.number === undefined) {
      warnings.add(line.no, 'item-number-missing', `Item heading without a number: "${line.text}"`);
    } else if (lastNumber !== undefined && candidate.number <= lastNumber) {
      warnings.add(line.no, 'item-number-out-of-order', `Item ${candidate.number} follows item ${lastNumber}`);
    }
    if (title.length === 0) warnings.add(line.no, 'item-title-missing', `Item ${candidate.number ?? '?'} has no title`);
    if (current) current.end = endBeforeGroupLabel(lines, current.bodyStart, endBeforeTwinHeading(lines, current.bodyStart, candidate.index));
    // Built field by field (not spread): every item's heading then has one of a few shapes.
    const heading = {} as ItemHeadingRead;
    if (candidate.number !== undefined) heading.number = candidate.number;
    heading.title = title;
    heading.closed = closed;
    heading.line = line.no;
    if (typeCode && typeCoded) heading.typeCode = typeCode;
    if (caseNumber) heading.caseNumber = caseNumber;
    spans.push({
      heading,
      headingLine: line,
      headingIndex: candidate.index,
      bodyStart,
      end: lines.length,
    });
    if (candidate.number !== undefined) {
      context.skipped.delete(candidate.number);
      if (lastNumber !== undefined && candidate.number > lastNumber + 1 && candidate.number - lastNumber - 1 <= MAX_SKIPPED_IN_A_JUMP) for (let skipped = lastNumber + 1; skipped < candidate.number; skipped++) context.skipped.add(skipped);
      lastNumber = Math.max(lastNumber ?? candidate.number, candidate.number);
    }
    if (line.headingLevel > 0) itemLevel = Math.min(itemLevel ?? line.headingLevel, line.headingLevel);
  }
  // (Only under a reading whose first two items follow each other: one that leaves numbers out, `3.` and `7.` read as
  // closed items' headings among a contents list and `Ad N.` headings, is the structural fallback's to replace.)
  const [firstSpan, secondSpan] = spans;
  if (firstSpan && secondSpan && (firstSpan.heading.number ?? 0) > 1 && secondSpan.heading.number === firstSpan.heading.number! + 1) spans.unshift(...titleOnlyItemsAbove(firstSpan, candidates, lines));
  contents.push(...contentsRegionEntries(lines, candidates, spans, listEntries));
  return { spans, contents, repeatedHeadings };
}

/** How many items without text may stand above the first item taken, and how many field lines between them and it. */
const MAX_TITLE_ONLY_ABOVE = 4;
const MAX_FIELDS_ABOVE = 3;
/** A field's label and colon opening a line (`Dato: ...`, `Sags nr.: ...`): a template's fields over a heading. */
const FIELD_LINE = /^\p{Lu}[\p{L} .]{0,25}:/u;

/**
 * Agenda items with no text of their own, line under line above the first item taken (a transcribed agenda: `1.
 * Godkendelse af referat og dagsorden` / `2. Valg af formand` / `Dato: ...` / `3. Valg til ...` / `Sagsfremstilling:
 * ...`): the lines right above it in its style, numbered down to 1 one by one, with at most a few field lines between
 * them and it, are items too; without the whole run down to 1 they are a list's.
 */
function titleOnlyItemsAbove(first: ItemSpan, candidates: readonly Located[], lines: readonly SourceLine[]): ItemSpan[] {
  const number = first.heading.number!;
  if (number > MAX_TITLE_ONLY_ABOVE + 1) return [];
  const style = candidates.find((candidate) => candidate.index === first.headingIndex)?.style;
  const found: Located[] = [];
  let fields = 0;
  for (let at = first.headingIndex - 1, want = number - 1; want >= 1; at--) {
    if (at < 0) return [];
    const line = lines[at]!;
    if (line.blank) continue;
    const candidate = candidates.find((other) => other.index === at);
    if (candidate && candidate.style === style && candidate.number === want && looksLikeTitle(candidate.title)) {
      found.unshift(candidate);
      want--;
    } else if (found.length === 0 && fields < MAX_FIELDS_ABOVE && FIELD_LINE.test(line.plain)) fields++;
    else return [];
  }
  return found.map((candidate, position) => {
    const title = readTitle(candidate.title);
    return {
      heading: { number: candidate.number, title: title.title, closed: title.closed, line: lines[candidate.index]!.no },
      headingLine: lines[candidate.index]!,
      headingIndex: candidate.index,
      bodyStart: candidate.index + 1,
      end: found[position + 1]?.index ?? first.headingIndex,
    };
  });
}

/**
 * Items grouped under the committee that sends them on (`ØKONOMIUDVALGET`, `SOCIAL- OG SUNDHEDSUDVALGET` in capitals
 * over the group's first item): the group's name, standing last before the next heading, belongs to no item's text.
 */
function endBeforeGroupLabel(lines: readonly SourceLine[], bodyStart: number, end: number): number {
  let last = end - 1;
  while (last >= bodyStart && lines[last]!.blank) last--;
  if (last < bodyStart) return end;
  const text = unmarkedText(lines[last]!);
  return text.length <= 60 && isUpperCaseName(text) && endsWithBodyWord(text) ? last : end;
}

/**
 * Slagelse prints each heading twice, the second time padded (`3. Takster (B)` over `3.    Takster (B)`): where the
 * padded one is read as the heading, the plain one right above it is no line of the item before.
 */
function endBeforeTwinHeading(lines: readonly SourceLine[], bodyStart: number, end: number): number {
  const above = end - 1;
  if (above < bodyStart || lines[above]!.blank) return end;
  const heading = unmarkedText(lines[end]!);
  const twin = unmarkedText(lines[above]!);
  // (Both texts are trimmed: a twin starts with the heading's first character, which most last lines of an item do not.)
  return twin !== heading && twin.length <= heading.length && twin.charCodeAt(0) === heading.charCodeAt(0) && collapseSpaces(twin) === collapseSpaces(heading) ? above : end;
}

/** Letters in capitals only (with spaces, hyphens and commas between words), no digits. */
function isUpperCaseName(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\s,-]*$/u.test(text);
}

/**
 * Numbered lines between a contents heading (`Indholdsfortegnelse`, `PUNKTER`) and the first item are
 * contents entries; those under `Lukket referat` are closed (and may exist only there).
 */
function contentsRegionEntries(lines: readonly SourceLine[], candidates: readonly Located[], spans: readonly ItemSpan[], known: ReadonlySet<number>): ContentsEntry[] {
  const first = spans[0] ? spans[0].headingIndex : -1;
  if (first < 0) return [];
  let start = -1;
  for (let index = first - 1; index >= 0; index--) {
    if (/^(?:indholdsfortegnelse|punkter|dagsordenspunkter|punkt nr\.?)\s*:?$/iu.test(unmarkedText(lines[index]!))) {
      start = index;
      break;
    }
  }
  if (start < 0) return [];
  const entries: ContentsEntry[] = [];
  let closed = false;
  let next = 0;
  for (let index = start + 1; index < first; index++) {
    const text = unmarkedText(lines[index]!);
    if (CLOSED_SECTION.test(text)) closed = true;
    // eDoc's running head says `Åbent referat` on every page: right after a page break it opens nothing.
    else if (OPEN_SECTION.test(text) && !lines.slice(Math.max(0, index - 3), index + 1).some((line) => line.pageBreak)) closed = false;
    while (next < candidates.length && candidates[next]!.index < index) next++;
    const candidate = candidates[next];
    if (candidate?.index !== index || known.has(index)) continue;
    entries.push({ ...(candidate.number === undefined ? {} : { number: candidate.number }), title: candidate.title, closed: closed || candidate.closed, line: lines[index]!.no });
  }
  return entries;
}

interface AcceptContext {
  lastNumber: number | undefined;
  itemLevel: number | undefined;
  weakAllowed: boolean;
  /** Title keys of the contents. */
  titles: ReadonlySet<string>;
  /** `titleKey`, each text keyed once per scan: titles and the lines near candidates are compared again and again. */
  keyOf: (text: string) => string;
  /** Where the last heading taken as an item's stands (-1: none yet). */
  lastHeadingIndex: number;
  /** Numbers the items' sequence jumped over (`88`, `90`: 89), which a heading may still bring after a higher one. */
  skipped: Set<number>;
  /** The last heading taken as a numbered block's (`numbered-blocks.ts`): its title is its line, the prose the item's. */
  blockHeadingIndex?: number;
}

/** Headings that repeat a number the item's own heading has (København's decision line and the page title it numbers). */
const NUMBER_REPEATING_STYLES: ReadonlySet<string> = new Set(['dagsordenspunkt', 'page-title']);

/** A jump over more numbers than this is a gap in the numbering (withdrawn items, closed ones listed apart), not a band. */
const MAX_SKIPPED_IN_A_JUMP = 2;

function accepts(candidate: Located, lines: readonly SourceLine[], context: AcceptContext): boolean {
  const line = lines[candidate.index]!;
  // `## 4. Title` only at the items' level: numbered sub-headings are common inside an item's text.
  if (candidate.style !== 'punkt' && line.headingLevel > 0 && context.itemLevel !== undefined && line.headingLevel > context.itemLevel) return false;
  if (candidate.number !== undefined && context.lastNumber !== undefined && candidate.number <= context.lastNumber) {
    // A two-column print read in its content stream's order (`pdftotext -raw`) gives a band of the right column before
    // the rest of the left: the heading of a number the sequence jumped over (`Pkt. 88`, `Pkt. 90`, then `Pkt. 89`)
    // comes after a higher one. Taken only as a strong heading with the evidence of an item under it.
    // (Not a decision's `Dagsordenspunkt 6: ...` or the page title it numbers: those repeat an item's number, they
    // open no band.)
    return context.skipped.has(candidate.number) && candidate.strength === 'strong' && !NUMBER_REPEATING_STYLES.has(candidate.style) && looksLikeTitleOrAlone(candidate) && hasEvidence(candidate, lines, context);
  }
  // After a closed marker the title may start in lower case (Bornholm's `Lukket punkt: køb af areal`).
  if (!looksLikeTitle(candidate.title) && !(candidate.closed && candidate.strength === 'strong' && /^\p{Ll}/u.test(candidate.title))) return false;
  if (candidate.marked) return true;
  if (candidate.strongByClosedMarker && endsListAbove(candidate, lines, context)) return false;
  if (candidate.strength === 'strong') {
    if (candidate.style !== 'punkt') return true;
    // Body text can start with `Punkt 3 ...`: unmarked, it needs a blank line or page break before it, or
    // to be the next number.
    const previous = lines[candidate.index - 1];
    return !previous || previous.blank || !!line.pageBreak || candidate.number === undefined || context.lastNumber === undefined || candidate.number === context.lastNumber + 1 || hasEvidence(candidate, lines, context);
  }
  if (!context.weakAllowed) return false;
  // `8. Lukket punkt: Titel` with nothing under it (a closed item prints no text) opens the next item.
  if (candidate.closed && candidate.number !== undefined && candidate.number === (context.lastNumber ?? 0) + 1) return true;
  if (candidate.style === 'bare') return bareNumberOpensItem(candidate, lines, context);
  if (hasEvidence(candidate, lines, context) || firstItemGoesToDecision(candidate, lines, context.lastNumber) || nextEntryOverItsDecision(candidate, lines, context)) return true;
  // (Asked last: the numbered blocks of a referat without section labels, whose prose under the heading is the item's.)
  if (!opensNumberedBlock(candidate, lines, context.lastNumber, context.lastHeadingIndex)) return false;
  context.blockHeadingIndex = candidate.index;
  return true;
}

/** A row of two or more tab-separated cells, each starting with a capital or a digit. */
const TAB_ROW = /^[\p{Lu}\d][^\t]*(?:\t+[\p{Lu}\d][^\t]*)+$/u;

/** A nested list's lettered entry: `a. Fra formanden`, `b) Fra forvaltningen`. */
const LETTERED_ENTRY = /^\p{Ll}[.)]\s+\p{Lu}/u;

/** How many lines of text may stand between an agenda entry and its decision label. */
const ENTRY_TEXT_REACH = 14;

/**
 * A referat written as one numbered list (Google Docs, a word processor: `3. Meddelelser`, sub-headings `a. Fra
 * formanden`, bullets, a table, then `Beslutning: ...`, and `4. <titel>` on): an entry is the next item when it takes
 * the next number after an item whose decision came already, and its own decision label follows within a few lines
 * of text before any other numbered title. A point of a recommendation ends as a sentence, and stands before its
 * item's decision: neither opens an item so.
 */
function nextEntryOverItsDecision(candidate: Located, lines: readonly SourceLine[], context: AcceptContext): boolean {
  if (candidate.number === undefined || context.lastNumber === undefined || candidate.number !== context.lastNumber + 1) return false;
  if (POINT_ENDS_SENTENCE.test(candidate.title) || context.lastHeadingIndex < 0 || !decisionBetween(lines, context.lastHeadingIndex + 1, candidate.index)) return false;
  for (let index = candidate.index + 1, seen = 0; index < lines.length && seen < ENTRY_TEXT_REACH; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    seen++;
    if (readSectionHeading(line)?.kind === 'decision') return true;
    const next = readHeadingCandidate(line);
    if (next?.number !== undefined && next.title.length > 0 && looksLikeTitle(next.title)) return false;
  }
  return false;
}

/** Whether a decision label stands on a line from `from` up to (not including) `to`. */
function decisionBetween(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!lines[index]!.blank && readSectionHeading(lines[index]!)?.kind === 'decision') return true;
  return false;
}

/** Faxe's `1. Godkendelse af dagsorden` straight over `Beslutning`: the meeting's first item, nothing else before it. */
function firstItemGoesToDecision(candidate: Located, lines: readonly SourceLine[], lastNumber: number | undefined): boolean {
  if (lastNumber !== undefined || candidate.number !== 1 || /[.:]$/u.test(candidate.title)) return false;
  const next = nextNonBlank(lines, candidate.index + 1);
  return next !== undefined && readSectionHeading(lines[next]!)?.kind === 'decision';
}

function hasEvidence(candidate: Located, lines: readonly SourceLine[], context: AcceptContext): boolean {
  if (caseNumberCutBeside(lines, candidate.index)) return true;
  const { keyOf } = context;
  const key = keyOf(candidate.title);
  if (context.titles.has(key) || repeatsPageTitle(candidate, key, lines, keyOf) || wrapsToContentsTitle(candidate.index, key, lines, context)) return true;
  const previous = previousNonBlank(lines, candidate.index);
  if (previous === candidate.index - 1 && previous !== context.lastHeadingIndex && continuesListAbove(candidate, lines[previous]!, lines[candidate.index]!) && !underAttendanceLabel(lines, previous)) return false;
  const above = previous === undefined ? undefined : readCaseNumberOfLine(lines[previous]!);
  // (A labelled one too: `J.nr. 2013-06631` over `3. Titel`.)
  if (above?.whole && (above.distinctive || above.labelled)) return true;
  // `Lukket punkt`, `Fortroligt` alone over it: only an item is marked closed so.
  if (previous !== undefined && lines[previous]!.plain.length <= 20 && isClosedMarkerOver(unmarkedText(lines[previous]!))) return true;
  // After `Til toppen` (dropped) or a glued `Indholdsfortegnelse`, a heading may go straight to its decision.
  const afterBreak = !!lines[candidate.index]!.pageBreak || (previous !== undefined && isContentsHeading(unmarkedText(lines[previous]!)));
  let seen = 0;
  // (The first line under the candidate: a sentence, or the next heading of a list the candidate belongs to.)
  let firstSeen = '';
  for (let index = candidate.index + 1; index < lines.length && seen < EVIDENCE_REACH; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const text = unmarkedText(line);
    // A page's running head that a break left here says nothing about the heading.
    if (isRunningHead(text)) continue;
    seen++;
    const next = readHeadingCandidate(line);
    // The next item's heading before any evidence: this one was a list entry.
    if (next?.number !== undefined && next.title !== candidate.title && looksLikeTitle(next.title) && next.title.length > 0) return false;
    // eDoc's first item `1.` alone (its title after a blank line) under a lone closed contents entry `4. ...`:
    // a lower number opening an item below it, so this one was the list's entry.
    if (next?.style === 'bare' && candidate.number !== undefined && next.number! < candidate.number && text.endsWith('.')) return false;
    if (readCaseNumberOfLine(line)) return true;
    if (seen === 1 && INTERNAL_REFERENCE.test(text)) return true;
    if (startsWithAccessAndNumber(text) || startsWithCaseNumberLabel(text)) return true;
    // `Lukket punkt`, `Fortroligt`, `Sagen er behandlet for lukkede døre.` under it: only an item is closed so.
    if (text.length < 60 && (isClosedMarkerLine(text) || isClosedDoorsSentence(text))) return true;
    if (hasTitleKey(text, key, keyOf)) return true;
    // `Beslutning i <organ> den <dato>` straight under the heading: only an item has a dated decision.
    if (readDecisionBlockHeading(text)) return true;
    const section = readSectionHeading(line);
    if (section && section.kind !== 'decision' && section.kind !== 'attachments') return true;
    if (section?.kind === 'decision' && afterBreak && seen <= 2) return true;
    // The next number straight over its decision (Samsø's `7.<TAB>Meddelelser` / `Kommunalbestyrelsens beslutning: ...`).
    if (section?.kind === 'decision' && seen === 1 && candidate.number !== undefined && candidate.number === (context.lastNumber ?? 0) + 1) return true;
    // The next number over a sentence or two and its decision (a mailed referat's `6. Orientering fra formanden` /
    // `Formanden har deltaget i ...` / `Beslutning: Taget til efterretning.`), after an item of its own: a title, not a
    // point of a list (those end in a full stop or run on as `at ...`).
    if (section?.kind === 'decision' && seen === 2 && context.lastNumber !== undefined && candidate.number === context.lastNumber + 1 && !POINT_ENDS_SENTENCE.test(candidate.title) && isSentence(firstSeen)) return true;
    // The number alone on its line, its title on the next and the decision straight under them (`Pkt. 95` /
    // `Meddelelser` / `Beslutning:`): a heading in two lines, in a text without blank lines to tell it.
    if (section?.kind === 'decision' && seen === 2 && candidate.title.length === 0 && looksLikeTitle(firstSeen) && !POINT_ENDS_SENTENCE.test(firstSeen)) return true;
    if (seen === 1) firstSeen = text;
    // A heading straight over its decision, numbered through the year (Frederikssund's `228Godkendelse af dagsorden` /
    // `Beslutning`, the meeting's first, or one after a withdrawn number): the next heading of its style takes the next number.
    if (section?.kind === 'decision' && seen === 1 && nextNumberFollows(candidate, lines)) return true;
  }
  return false;
}

/** A heading's title, or its number alone on its line (the title on the next). */
function looksLikeTitleOrAlone(candidate: Located): boolean {
  return candidate.title.length === 0 || looksLikeTitle(candidate.title);
}

/** A point of a list ends as a sentence does; a title does not. */
const POINT_ENDS_SENTENCE = /[.:;,]$/u;
/** A sentence of a few words (`Formanden har deltaget i årsmødet.`), not a heading of another style (`Ad pkt. 1 Titel`). */
const isSentence = (text: string) => text.endsWith('.') && text.split(' ').length >= 4;

/**
 * A numbered list's last entry (`5. Pia Hoff (C)` / `6. Ulrik Bay (V) (stedfortræder for ...)`): numbered one on from the
 * line right above it, in the same style, which was no item (an item with nothing under it, a closed one, may have its
 * next item's heading right under it). Each entry before it is told by the next number under it; the last one, by this
 * (what follows it may be the next item's page, whose labels read like this one's own).
 */
function continuesListAbove(candidate: Located, above: SourceLine, line: SourceLine): boolean {
  if (candidate.number === undefined) return false;
  const entry = readHeadingCandidate(above);
  // (Numbered alike: `1. ...` over `2) Titel` is a recommendation's point over the next item's heading.)
  return entry !== undefined && entry.number === candidate.number - 1 && entry.style === candidate.style && NUMBER_MARK.exec(above.unmarked)?.[1] === NUMBER_MARK.exec(line.unmarked)?.[1];
}

/**
 * A closed marker raises a numbered line to a heading (the last item, its text withheld), not the last entry of an
 * agenda list right above it whose entries were no headings (a region's web page: `16. Meddelelser` / `17. LUKKET PUNKT
 * - <titel>`, then the items from `1.` on).
 */
function endsListAbove(candidate: Located, lines: readonly SourceLine[], context: AcceptContext): boolean {
  const previous = candidate.index - 1;
  if (previous < 0 || previous === context.lastHeadingIndex || lines[previous]!.blank || !continuesListAbove(candidate, lines[previous]!, lines[candidate.index]!)) return false;
  // (The items' own headings follow, numbered from below the entry's number again: a table's rows, `7.` / `8. Lukket
  // punkt: ...` / `9.`, are the items themselves.)
  for (let index = candidate.index + 1; index < lines.length; index++) {
    const number = lines[index]!.blank ? undefined : readHeadingCandidate(lines[index]!)?.number;
    if (number !== undefined && number < candidate.number!) return true;
  }
  return false;
}

/** The mark after a line's leading number (`.` of `5. Pia Hoff (C)`, `)` of `2) Titel`). */
const NUMBER_MARK = /^\D{0,12}?\d{1,4}\s*([.):]?)/u;

/** How many lines a heading's title may wrap onto and still be told by its contents entry. */
const MAX_WRAPPED_TITLE_LINES = 2;

/**
 * A heading whose title a narrower column wrapped (`3. Låneoptagelse til energibesparende` / `foranstaltninger i
 * bygninger`) is told by its contents entry as a whole heading is: its line and the lines right under it (no blank
 * between) join to a contents title. Asked only where some contents title goes on from the heading's own.
 */
function wrapsToContentsTitle(index: number, key: string, lines: readonly SourceLine[], context: AcceptContext): boolean {
  if (key.length === 0 || !someEntryGoesOn(context.titles, key)) return false;
  let joined = key;
  for (let next = index + 1; next <= index + MAX_WRAPPED_TITLE_LINES && next < lines.length && !lines[next]!.blank; next++) {
    joined = `${joined} ${context.keyOf(unmarkedText(lines[next]!))}`;
    if (context.titles.has(joined)) return true;
    if (!someEntryGoesOn(context.titles, joined)) return false;
  }
  return false;
}

/** Whether some contents title key starts with `key` and goes on after it (a title key's words are single-spaced). */
function someEntryGoesOn(titles: ReadonlySet<string>, key: string): boolean {
  for (const entry of titles) if (entry.length > key.length && entry.charCodeAt(key.length) === 0x20 && entry.startsWith(key)) return true;
  return false;
}

/** How far below a heading the next heading of its style is looked for. */
const NEXT_HEADING_REACH = 60;

/** Whether the next line numbered in the candidate's style, within reach, takes the number after the candidate's. */
function nextNumberFollows(candidate: Located, lines: readonly SourceLine[]): boolean {
  for (let index = candidate.index + 1; index < lines.length && index <= candidate.index + NEXT_HEADING_REACH; index++) {
    const next = readHeadingCandidate(lines[index]!);
    if (next?.number !== undefined && next.style === candidate.style) return next.number === candidate.number! + 1;
  }
  return false;
}

const CONTENTS_PAGE_NUMBER = /\s{2,}\d{1,3}$/u;

/**
 * A case number of any scheme that the pre-pass cut off the heading's own line, before or after it (`19/00412    1.
 * Titel`, `1. Titel    EMN-2025-000418`): the line was an item's heading as printed.
 */
export function caseNumberCutBeside(lines: readonly SourceLine[], index: number): boolean {
  const no = lines[index]!.no;
  const before = lines[index - 1];
  const after = lines[index + 1];
  // (Most headings stand on a line of their own: told by the line numbers first.)
  if (before?.no !== no && after?.no !== no) return false;
  // A contents entry prints its case number so too, and its page number after a wide gap.
  if (CONTENTS_PAGE_NUMBER.test(lines[index]!.plain)) return false;
  return (before?.no === no && readWholeCaseNumberOfAnyScheme(before.plain) !== undefined) || (after?.no === no && readWholeCaseNumberOfAnyScheme(after.plain) !== undefined);
}

/**
 * Whether a text's title key is `key`. Most lines near a candidate differ from its title in their first letters:
 * those are told apart by character code (`keyDiffersInAsciiStart`, exact for the key `titleKey` builds), and only
 * the others are keyed (once per scan, by `keyOf`): keying every line lower-cased it and ran the key's pattern.
 */
function hasTitleKey(text: string, key: string, keyOf: (text: string) => string): boolean {
  return !keyDiffersInAsciiStart(text, key) && keyOf(text) === key;
}

/** How far above a heading a page's title may stand. */
const PAGE_TITLE_REACH = 8;

/** An item page titled with its item's title (København's eDoc item pages): the heading repeats the page's title. */
function repeatsPageTitle(candidate: Located, key: string, lines: readonly SourceLine[], keyOf: (text: string) => string): boolean {
  if (key.length < 12) return false;
  for (let index = Math.max(0, candidate.index - PAGE_TITLE_REACH); index < candidate.index; index++) {
    if (!lines[index]!.blank && hasTitleKey(unmarkedText(lines[index]!), key, keyOf)) return true;
  }
  return false;
}

/** `LYNGBY-TAARBÆK KOMMUNE`, `Tårnby Kommune`: a line that names only the municipality. */
const MUNICIPALITY_ALONE = /^\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s+(?:kommune|KOMMUNE|Kommune)$/u;

const carriesLooseNumber = (text: string) => LOOSE_NUMBERINGS.some((form) => form.pattern.test(text));

/** Aarhus web `1` / title / `EMN-...` or `Beslutninger`; eDoc `2.` / title / `Sagsnr.: ...`. */
/** A name followed by an attendance status in brackets: `Lea Brink (afbud)`, `Bo Dam (fraværende)`. */
const ATTENDANCE_IN_BRACKETS = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+\s*\((?:afbud|fraværende|forfald|syg|ferie)\)/u;

function bareNumberOpensItem(candidate: Located, lines: readonly SourceLine[], context: AcceptContext): boolean {
  const title = nextTextLine(lines, candidate.index + 1);
  if (title === undefined || !isTitleLine(lines[title]!) || !looksLikeTitle(unmarkedText(lines[title]!))) return false;
  // The municipality's name alone (a page's running head after a number at the foot of the page before) is no title.
  if (MUNICIPALITY_ALONE.test(unmarkedText(lines[title]!))) return false;
  // Names with their attendance in brackets (`Lea Brink (afbud), Ove Skriver`) are a head's value under a label column
  // (the bare number above them the meeting's number, `Mødenr.:` / `6`), no item's title.
  if (ATTENDANCE_IN_BRACKETS.test(unmarkedText(lines[title]!))) return false;
  // A line numbered in a form of its own (`Sag 3 – Titel`, `III. Titel`, or over `(punkt 3)`) is a heading that
  // needs no number above it: the bare number is the foot of the page before.
  if (carriesLooseNumber(unmarkedText(lines[title]!))) return false;
  // A table extracted one cell per line (`24` / `3,1`): a title has words.
  if (!/\p{L}/u.test(lines[title]!.plain)) return false;
  // The next number over a closed title (`28.` / `Lukket punkt: Elevsag`, its text withheld): only an item is marked closed so.
  if (candidate.number === (context.lastNumber ?? 0) + 1 && startsWithLetterLOrC(lines[title]!.plain) && CLOSED_PREFIX_ANY_CASE.test(unmarkedText(lines[title]!))) return true;
  const after = nextNonBlank(lines, title + 1);
  // The last item with nothing under it (a closed item, its text withheld) is one when the contents list its title.
  if (after === undefined) return context.titles.has(context.keyOf(unmarkedText(lines[title]!)));
  if (NUMBER_UNDER_TITLE.test(unmarkedText(lines[after]!))) return false;
  if (readSectionHeading(lines[after]!)?.kind === 'decision') return true;
  const titled = locatedAt(candidate, title);
  titled.title = unmarkedText(lines[title]!);
  return hasEvidence(titled, lines, context);
}

/**
 * Runs of numbered lines with nothing between them, before the first item, whose entries come back later:
 * a contents list (or the `PUNKTER` list). Returns their line indexes and entries.
 */
function findContentsRuns(lines: readonly SourceLine[], candidates: readonly Located[]): { listEntries: Set<number>; contents: ContentsEntry[] } {
  const listEntries = new Set<number>();
  const contents: ContentsEntry[] = [];
  let run: Located[] = [];
  // Where each number stands last: an entry comes back when its number stands again after the run (built when a
  // run is first judged: most candidates stand alone).
  let lastAt: Map<number | undefined, number> | undefined;
  const flush = (restFrom: number): void => {
    // (A recommendation's last point over the next item's heading, `1. at dagsordenen godkendes` / `2. Titel (B)` on
    // Slagelse's newer pages, is no list: points and titles mixed are two things numbered on.)
    if (run.length >= 2 && !mixesPointsAndTitles(run)) {
      if (!lastAt) {
        lastAt = new Map();
        for (let position = 0; position < candidates.length; position++) lastAt.set(candidates[position]!.number, position);
      }
      const returning = run.filter((entry) => (lastAt!.get(entry.number) ?? -1) >= restFrom).length;
      if (returning * 2 >= run.length || cutAfterFirstEntry(lines, run, comingBack(candidates, run[0]!, restFrom), run[0] === candidates[0])) {
        // (The entries under the list's `Lukket møde` name closed items.)
        let closedPart = false;
        for (const entry of run) {
          listEntries.add(entry.index);
          // (A title under its bare number carries the closed marker its entry's line could not: `Køb af grund - Lukket sag`.)
          const below = entry.title.length > 0 ? undefined : closedTitleBelow(lines, entry.index);
          const title = below ? below.title : entry.title;
          const closedBelow = below?.closed === true;
          const above = previousNonBlank(lines, entry.index);
          if (above !== undefined && isSectionOfList(lines[above]!)) closedPart = CLOSED_SECTION.test(lines[above]!.plain);
          contents.push({ ...(entry.number === undefined ? {} : { number: entry.number }), title, closed: entry.closed || closedPart || closedBelow, line: lines[entry.index]!.no });
        }
      }
    }
    run = [];
  };
  for (const [position, candidate] of candidates.entries()) {
    // A line no reading takes for a heading (Acadre's column head `Punkt nr.` over its contents) neither opens nor ends a list.
    if (candidate.number === undefined && !looksLikeTitle(candidate.title)) continue;
    // A decision's numbered verdict (`1. Dagsordenen blev godkendt.` under a lokaludvalg's dated block) is no contents
    // entry, and the heading after it no second one; nor are the numbered names under an attendance label (`Afbud:` /
    // `1. Lise Holm, A` over the next item's ` 2.  2. Titel`).
    if (isNumberedVerdict(candidate.title) || underAttendanceLabel(lines, candidate.index)) {
      flush(position);
      if (listEntries.size > 0) return { listEntries, contents };
      continue;
    }
    const previous = run[run.length - 1];
    const adjacent = previous && entryAfter(lines, previous) === candidate.index && sameListStyle(previous.style, candidate.style) && sameNumberClose(lines[previous.index]!, lines[candidate.index]!) && candidate.number !== undefined && previous.number !== undefined && candidate.number > previous.number;
    if (previous && !adjacent) {
      flush(position);
      if (listEntries.size > 0) return { listEntries, contents };
      // A contents list comes before the items: once a heading stood alone, later runs are lists in items.
      if (previous.strength === 'strong' || previous.marked) return { listEntries, contents };
    }
    run = previous && !adjacent ? [] : run;
    if (candidate.title.length <= 150) run.push(candidate);
  }
  return { listEntries, contents };
}

/**
 * A list under its contents heading (`Indholdsfortegnelse`) whose first entry comes back as a heading after it, the text
 * cut before the others do (an excerpt, the first page of a long referat): the list is the contents all the same, and
 * its other entries are the items read from it only. Without the heading a run of numbered lines could be an item's own.
 */
// (Without the heading, a meeting page's agenda over its items, `1.Meddelelse fra formanden` ... / `1. Meddelelse fra
// formanden`: the first entry must come back under its own title, and the list be a few entries long.)
function cutAfterFirstEntry(lines: readonly SourceLine[], run: readonly Located[], back: Located | undefined, firstOfText: boolean): boolean {
  const first = run[0]!;
  if (back === undefined) return false;
  const above = previousNonBlank(lines, first.index);
  if (above !== undefined && lines[above]!.plain.length <= 40 && CONTENTS_LIST_HEADING.test(lines[above]!.plain)) return true;
  // (Each entry's title opens as a title does, a capital or a report's ordinal, and ends in no full stop: `2. 3 budgetter
  // er vedlagt` and `1. Orienteringen tages til efterretning.`, a recommendation's point its decision repeats, are
  // sentences. And the list is the text's first numbered lines: points in an item come after its heading.)
  if (!firstOfText || run.length < HEADLESS_CUT_LIST_MIN || first.title.length === 0 || !run.every((entry) => ENTRY_TITLE_START.test(entry.title) && !entry.title.endsWith('.'))) return false;
  const key = titleKeyOf(first.title);
  return key.length > 0 && titleKeyOf(back.title).startsWith(key);
}

const HEADLESS_CUT_LIST_MIN = 3;
const ENTRY_TITLE_START = /^(?:[\p{Lu}"“]|\d{1,2}\.\s)/u;

/** The first candidate after a list numbered as its entry (the entry's heading, if it comes back). */
function comingBack(candidates: readonly Located[], entry: Located, from: number): Located | undefined {
  if (entry.number === undefined) return undefined;
  for (let position = from; position < candidates.length; position++) if (candidates[position]!.number === entry.number) return candidates[position];
  return undefined;
}

/** A numbered entry of a list of names under an attendance label (`Afbud:` / `1. Lise Holm, A` / `2. Bo Dam, V`). */
function underAttendanceLabel(lines: readonly SourceLine[], index: number): boolean {
  let above = previousNonBlank(lines, index);
  // (Up the list's entries, one a line, to the line that opens it.)
  while (above !== undefined && above === index - 1 && readHeadingCandidate(lines[above]!)?.number !== undefined) {
    index = above;
    above = previousNonBlank(lines, index);
  }
  if (above === undefined || lines[above]!.plain.length > 40) return false;
  const label = lines[above]!.plain.trim();
  return opensAbsenceList(label) !== undefined || (label.endsWith(':') && attendanceOf(label.slice(0, -1)) !== undefined);
}

/** Some entries are a recommendation's points (`at ...`, no title), others titles. */
function mixesPointsAndTitles(run: readonly Located[]): boolean {
  const points = run.filter((entry) => !looksLikeTitle(entry.title)).length;
  return points > 0 && points < run.length;
}

const ENDS_IN_PAGE_NUMBER = /\s\d{1,3}$/u;
const NUMBER_WITH_STOP = /^\d{1,4}\.$/u;

/**
 * A capitalised sentence that states an outcome and ends in a full stop: `Dagsordenen blev godkendt.`, not `Godkendelse af
 * dagsorden.` nor a recommendation's point (`2. at udvalget drøfter ...`); or a known verdict alone, the decision on
 * the recommendation's point of that number (`1. Godkendt`, `2. Anbefales`).
 */
function isNumberedVerdict(title: string): boolean {
  return (title.endsWith('.') && title.includes(' ') && /^\p{Lu}/u.test(title) && !isUnrecognisedOutcome(title)) || isVerdictAlone(title);
}

/**
 * The line after a list entry: after its title where the entry prints its labelled number alone over it (`Pkt. nr. 4`
 * / `Titel 2`, a contents list in a layout that does so under its headings too).
 */
function entryAfter(lines: readonly SourceLine[], entry: Located): number | undefined {
  let next = nextNonBlank(lines, entry.index + 1);
  // (A list parted by its open and closed parts' headings, `Sag nr. 47 Meddelelser` / `Lukket møde` / `Sag nr. 48 ...`,
  // is one list: the entries after the heading name the closed items, maybe only there.)
  if (next !== undefined && isSectionOfList(lines[next]!)) next = nextNonBlank(lines, next + 1);
  // (An entry wrapped onto a short line of its title, `3. Spildevandsplan ... ved` / `Sillerslev` / `4. ...`: the entry
  // numbered one more comes after that line.)
  if (next !== undefined && entry.title.length > 0 && entry.number !== undefined && wrapsEntryBefore(lines, next, entry.number + 1)) return nextNonBlank(lines, next + 1);
  // A bare number over a title only where the title ends in its page number (`58` / `Godkendelse af dagsorden 1`): a
  // contents list's page numbers alone stand so under each title too (`Meddelelser` / `2` / `Halvårsregnskab` / `3`).
  if (entry.title.length > 0 || next === undefined || !isTitleLine(lines[next]!)) return next;
  // (A bare number with its full stop, `358.` / `Ansøgning om tilskud`, is an entry over its title all the same: a page
  // number prints none.)
  if (entry.style === 'bare' && !ENDS_IN_PAGE_NUMBER.test(lines[next]!.plain) && !NUMBER_WITH_STOP.test(lines[entry.index]!.plain)) return next;
  return nextNonBlank(lines, next + 1);
}

/** The line at `index` is a short unnumbered line right over the entry numbered `number`: the entry above wrapped onto it. */
function wrapsEntryBefore(lines: readonly SourceLine[], index: number, number: number): boolean {
  const line = lines[index]!;
  if (line.plain.length > WRAPPED_ENTRY_TAIL || /^\d/u.test(line.plain) || readHeadingCandidate(line) || !isTitleLine(line) || lines[index + 1]?.blank !== false) return false;
  return readHeadingCandidate(lines[index + 1]!)?.number === number;
}
const WRAPPED_ENTRY_TAIL = 60;

const isSectionOfList = (line: SourceLine) => CLOSED_SECTION.test(line.plain) || OPEN_SECTION.test(line.plain);

/** A number-only entry's title, on the line under it (the contents entry names its item so), or nothing. */
/** The title under a bare number, with the closed marker it may end in read off. */
function closedTitleBelow(lines: readonly SourceLine[], index: number): { title: string; closed: boolean } {
  const next = nextNonBlank(lines, index + 1);
  return next === undefined || !isTitleLine(lines[next]!) ? { title: '', closed: false } : readTitle(unmarkedText(lines[next]!));
}

/** What closes a line's number (`.` in `4. Titel`, `)` in `4) Titel`), if anything. */
const numberClose = (line: SourceLine) => /^\d{1,4}\s*(?<close>[.)])/u.exec(unmarkedText(line))?.groups!.close;

/** Entries of one list close their numbers alike: `1. Punkt` over `3) Titel` (a page foot dropped between) are two lists. */
const sameNumberClose = (a: SourceLine, b: SourceLine) => numberClose(a) === numberClose(b);

/** Entries of one list: the same numbering style, `N. Titel` and `N.   Titel` alike (a layout's spacing varies per line). */
// (A web page's list glues some numbers to their titles, `14.Beslutning - ...` over `15. LUKKET PUNKT: ...`: one list.)
function sameListStyle(a: string, b: string): boolean {
  return a === b || (DOTTED_STYLES.has(a) && DOTTED_STYLES.has(b));
}

const DOTTED_STYLES: ReadonlySet<string> = new Set(['dotted', 'wide-dotted', 'glued']);

/**
 * A contents entry that stands alone (its neighbours were dot-leader lines the pre-pass dropped): a strong
 * heading before the first item whose number comes back later under a title it begins.
 */
function markEntriesThatComeBack(candidates: Located[], listEntries: Set<number>, contents: ContentsEntry[], lines: readonly SourceLine[], titleKey: (title: string) => string): void {
  for (const [position, candidate] of candidates.entries()) {
    if (listEntries.has(candidate.index) || candidate.number === undefined || candidate.title.length === 0) continue;
    const key = titleKey(candidate.title);
    let later: Located | undefined;
    for (let next = position + 1; next < candidates.length && !later; next++) {
      const other = candidates[next]!;
      if (other.number === candidate.number && other.style === candidate.style) later = other;
    }
    if (!later) return;
    const laterKey = titleKey(later.title);
    // The same heading twice in a row (Slagelse) is one item read once, not a contents entry.
    if (laterKey === key && nextNonBlank(lines, candidate.index + 1) === later.index) return;
    if (!laterKey.startsWith(key) && !key.startsWith(laterKey)) return;
    listEntries.add(candidate.index);
    contents.push({ number: candidate.number, title: candidate.title, closed: candidate.closed, line: lines[candidate.index]!.no });
  }
}

/**
 * Rødovre: the title comes first, then `Sag nr. N`: the title line is the heading, numbered N. A KMD-era PDF prints
 * `Sag nr. N` alone over its title instead (Allerød 2012): where every such line has a title line right under it, the
 * line itself opens the item, its title read from the next line (Rødovre's has a label or section under it).
 */
function addSagNrHeadings(lines: readonly SourceLine[], mayBe: readonly number[], candidates: Located[]): void {
  const found: { index: number; number: number }[] = [];
  // (`mayBe`: the lines that are not blank and start as `Sag nr.` may, in order.)
  for (const index of mayBe) {
    const sagNr = SAG_NR.exec(unmarkedText(lines[index]!));
    if (sagNr) found.push({ index, number: Number(sagNr[1]) });
  }
  if (found.length === 0) return;
  // The line right under it (a title may end in a body's name, `Valg af medlem til Børne- og Skoleudvalget`, which a
  // running head's test would pass over).
  const titleBelow = found.length >= 2 && found.every(({ index }) => {
    const next = nextNonBlank(lines, index + 1);
    return next !== undefined && isTitleLine(lines[next]!);
  });
  for (const { index, number } of found) {
    if (titleBelow) {
      const at = firstAtOrAfter(candidates, index);
      candidates.splice(at < 0 ? candidates.length : at, 0, { index, number, title: '', style: 'sag-nr', strength: 'strong', marked: false, closed: false });
      continue;
    }
    let title = previousNonBlank(lines, index);
    if (title === undefined) continue;
    // A title wrapped in a text with a blank line after every line (`... ved Vejleåparken,` / `` / `projektering`):
    // the tail in lower case over `Sag nr.`, the title's first line above the blank, cut after its joining word.
    const tail = title;
    const head = headOverBlank(lines, tail);
    if (head !== undefined) title = head;
    if (!isTitleLine(lines[title]!)) continue;
    // A title wrapped over two lines of one paragraph (`... og prioritering af` / `skolevejsprojekter`) starts on the
    // first; `continueTitle` joins the second.
    if (head === undefined && wrapsOnto(lines, title - 1, title)) title--;
    const at = firstAtOrAfter(candidates, title);
    if (candidates[at]?.index === title) candidates.splice(at, 1);
    // `... - Lukket sag` after the title marks the item closed.
    const read = readTitle(head === undefined ? unmarkedText(lines[title]!) : joinTitleLines(unmarkedText(lines[head]!), unmarkedText(lines[tail]!)));
    const entry: Located = { index: title, number, title: read.title, style: 'sag-nr', strength: 'strong', marked: false, closed: read.closed };
    candidates.splice(at < 0 ? candidates.length : at, 0, entry);
  }
}

/** Blank lines a page break puts between a wrapped title's lines, at most (the page's end and its form feed). */
const TITLE_BREAK_BLANKS_MAX = 6;

/**
 * The first line of a title whose tail (`tail`, in lower case) a blank line parts from it: the title line right above
 * that blank line, cut after a comma or joining word (`Anlægsbevilling til ... ved Vejleåparken,`). A page break
 * falling inside the title parts them by a few blank lines and a form feed: the head is the title line above those.
 */
function headOverBlank(lines: readonly SourceLine[], tail: number): number | undefined {
  const line = lines[tail]!;
  if (!startsInLowerCase(line.plain) || line.plain.length > 60 || !lines[tail - 1]?.blank) return undefined;
  let head = tail - 2;
  while (head >= 0 && head >= tail - 1 - TITLE_BREAK_BLANKS_MAX && lines[head]!.blank) head--;
  if (head < 0 || lines[head]!.blank || !isTitleLine(lines[head]!)) return undefined;
  return TITLE_CUT_AFTER.test(unmarkedText(lines[head]!)) ? head : undefined;
}

/**
 * A paragraph's first line (a blank line above it, or in a text without blank lines a line that ends a sentence, the
 * item above's `Godkendt.`) whose title goes on on the next: a joining word ends it, or the next starts in lower case.
 */
function wrapsOnto(lines: readonly SourceLine[], first: number, second: number): boolean {
  const line = lines[first];
  if (!line || line.blank || !isTitleLine(line) || (first > 0 && !lines[first - 1]!.blank && !/[.!?]$/u.test(lines[first - 1]!.plain))) return false;
  const text = unmarkedText(line);
  return !/[.:;!?]$/u.test(text) && (TITLE_CUT_AFTER.test(text) || startsInLowerCase(unmarkedText(lines[second]!)));
}

/**
 * The position of the first candidate at or after a line index, -1 when none is: what `findIndex` gives, found by
 * halving (the candidates stand in line order, and Rødovre's referat asks once per item).
 */
function firstAtOrAfter(candidates: readonly Located[], index: number): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (candidates[middle]!.index < index) low = middle + 1;
    else high = middle;
  }
  return low < candidates.length ? low : -1;
}

/**
 * A Word referat's headings whose automatic numbers the text lost (`lost-number-headings.ts`): each title line opens
 * its item, numbered as the contents list numbers it; the contents entries the pre-pass kept are no items. Only where
 * no heading of the text is numbered already: a numbered referat's own headings win.
 */
function addLostNumberHeadings(lines: readonly SourceLine[], candidates: Located[], contentsTitles: readonly string[]): void {
  const found = lostNumberHeadings(lines, contentsTitles);
  if (!found) return;
  const first = found.headings[0]!.index;
  if (candidates.some((candidate) => candidate.index >= first && candidate.number !== undefined && candidate.strength === 'strong')) return;
  const kept = candidates.filter((candidate) => !found.kept.has(candidate.index) && candidate.index < first);
  const headings = found.headings.map(({ index, number, title }): Located => ({ index, number, title, style: 'lost-number', strength: 'strong', marked: false, closed: false }));
  candidates.splice(0, candidates.length, ...kept, ...headings);
}

/** How far above its `Dagsordenspunkt N:` line an item page's unnumbered title may stand. */
const PAGE_TITLE_LOOKBACK = 400;

/**
 * København's newer item pages print the title without its number (`Parkeringsnormer ...`), and the number only
 * in the decision's `Dagsordenspunkt 2: Parkeringsnormer ...`: the page's title line opens the item, numbered so.
 */
function addPageTitleHeadings(lines: readonly SourceLine[], candidates: Located[]): void {
  // Where the previous item's decision (its `Dagsordenspunkt` line) stands: this item's page comes after it.
  let pageFrom = 0;
  for (let position = 0; position < candidates.length; position++) {
    const candidate = candidates[position]!;
    if (candidate.style !== 'dagsordenspunkt') continue;
    const from = Math.max(pageFrom, candidate.index - PAGE_TITLE_LOOKBACK);
    pageFrom = candidate.index + 1;
    if (candidate.number === undefined || candidate.title.length === 0) continue;
    const key = titleKey(candidate.title);
    // Already opened by a numbered heading on its page (`2. Titel`; not a numbered list's `2. Tarik Sahin (A)`).
    if (candidates.some((other) => other.index >= from && other.index < candidate.index && other.number === candidate.number && titleKey(other.title) === key)) continue;
    for (let index = from; index < candidate.index; index++) {
      const line = lines[index]!;
      if (line.blank || line.plain.length !== candidate.title.length || titleKey(line.plain) !== key) continue;
      // Its own style: not a contents entry that comes back as the `Dagsordenspunkt` line below it.
      const at = candidates.findIndex((other) => other.index > index);
      candidates.splice(at, 0, { ...candidate, index, style: 'page-title' });
      position++;
      break;
    }
  }
}

function isRepeatOf(candidate: Located, heading: ItemHeadingRead, titleKey: (title: string) => string): boolean {
  if (candidate.number === undefined || heading.number === undefined || candidate.number !== heading.number) return false;
  const a = titleKey(candidate.title);
  const b = titleKey(heading.title);
  return a.length === 0 || a === b || b.startsWith(a) || a.startsWith(b);
}

/** Joins a title wrapped onto the next line(s): only where the heading looks cut and the next line ends the block. */
/** A title cut after a joining word (`(?<!\w)`, the word start `\b` would find, without V8's slow `\b` in `iu`). */
/** A title line ending in a joining word or a dash goes on on the next line. */
export const TITLE_CUT_AFTER = /(?:[-–,]|(?<!\w)(?:og|for|til|i|af|med|på|om|ved|fra|samt|vedr\.?|mv\.?))$/iu;

/** `<Forvaltningen> indstiller, ...`: the recommendation's sentence, opened by the office that makes it. */
const RECOMMENDING_OFFICE_SENTENCE = /^(?:\p{Lu}[\p{L}-]*\s+og\s+)?\p{Lu}\p{Ll}*(?:forvaltningen|administrationen|direktionen)\s+indstiller\b/u;

/** A title line that ends its sentence or opens a label's value: no tail goes on from it. */
const TITLE_ENDS_SENTENCE = /[.:]$/u;

/** How many words a line needs to read as a sentence of its own rather than a title's cut-off tail. */
const SENTENCE_WORDS = 5;

/** A capitalised line of at least `SENTENCE_WORDS` words ending in a full stop. */
function isWholeSentence(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.endsWith('.') && text.split(' ').length >= SENTENCE_WORDS;
}

function continueTitle(lines: readonly SourceLine[], start: number, title: string, context: AcceptContext, blankBefore: boolean): { title: string; bodyStart: number } {
  const { titles, keyOf } = context;
  let bodyStart = start;
  for (let added = 0; added < MAX_TITLE_CONTINUATION_LINES && title.length > 0; added++) {
    // A running head that a page break left between a title's lines (`og` / `Referat` ... / `frigivelse ...`).
    let skip = bodyStart;
    // (A line in lower case, `folkeoplysningsudvalg` after a break, is the title's, though it ends in a body's word.)
    // (Nor is the document's own head printed again at a page's top, its lower-case line too: `NEXØ KOMMUNE` / `kl. 19.00
    // på Rådhuset, ...` between `... BORGERFORENINGS` and `SANKTHANSFEST.`; `SKØRPING KOMMUNE` / `TEKNISK UDVALG` / `B E S L
    // U T N I N G S P R O T O K O L` between `... lokalplan nr. 31,` and `Torvegade 7.`.)
    while (lines[skip] && !lines[skip]!.blank && (startsInLowerCase(lines[skip]!.plain) ? skip > bodyStart && (HEAD_PHRASE.test(lines[skip]!.plain) || repeatsDocumentHead(lines, skip, bodyStart)) : isRunningHead(unmarkedText(lines[skip]!)) || isEmptyMeetingLabel(unmarkedText(lines[skip]!)) || opensPageWithMunicipality(lines[skip]!) || (skip > bodyStart && repeatsDocumentHead(lines, skip, bodyStart)))) skip++;
    // After the head, the title goes on in lower case, or (a cut title: `... af Snekkersten` / <page head> /
    // `Idrætscenter`) in one short title line right above the item's fields.
    // (So does a paragraph's number after its mark, `... servicelovens §` / <page head> / `85`.)
    const continuesAfterHead = !!lines[skip] && (startsInLowerCase(lines[skip]!.plain) || (skip > bodyStart && (endsCutTitle(lines, skip, title) || (endsInParagraphMark(title) && PARAGRAPH_NUMBER_ALONE.test(lines[skip]!.plain)))));
    if (skip > bodyStart && continuesAfterHead) bodyStart = skip;
    // A page's running head right after a break (eDoc `Kommunalbestyrelsen` under a form feed) ends the title, but not
    // one that is a body's name alone under a title cut after its joining word, with nothing after it that goes on: that
    // is the title's tail (`... i Ældrerådet og` / `\fHandicaprådet`; a head would have the tail after it). Nor one the
    // document prints nowhere else, under a title that ends no sentence (`... i Det lokale` / `\fBeskæftigelsesråd`: a
    // running head stands on every page's top, or in the document's own head).
    else if (skip > bodyStart && lines[bodyStart]!.pageBreak && !(skip === bodyStart + 1 && isBodyNameHead(unmarkedText(lines[bodyStart]!)) && (TITLE_CUT_AFTER.test(title) || (!TITLE_ENDS_SENTENCE.test(title) && !printedElsewhere(lines, bodyStart))))) break;
    const next = lines[bodyStart];
    // `... efter servicelovens §` / `83`: a paragraph number wrapped onto a line of its own.
    if (next && endsInParagraphMark(title) && PARAGRAPH_NUMBER_ALONE.test(next.plain)) {
      title = `${title} ${next.plain}`;
      bodyStart++;
      continue;
    }
    // `Budgetopfølgning pr. 31. december` / `2024`: a date's year wrapped onto a line of its own.
    if (next && YEAR_ALONE.test(next.plain) && ENDS_IN_DAY_AND_MONTH.test(title)) {
      title = `${title} ${next.plain}`;
      bodyStart++;
      continue;
    }
    // (A title cut after its joining word, or re-wrapped before its last word, goes on in lower case though its tail reads
    // as a label: `... høringssvar og` / `beslutning`, `... til offentlig` / `høring`; a section's label stands capitalised.)
    if (!next || next.blank || (!isTitleLine(next) && !(startsInLowerCase(next.plain) && (TITLE_CUT_AFTER.test(title) || !TITLE_ENDS_SENTENCE.test(title)) && !next.plain.includes(':') && readSectionHeading(next)))) break;
    // A case number the pre-pass cut off the title's own line (`Titel    2013-01544`) is no part of the title.
    if (next.no === lines[bodyStart - 1]?.no && readWholeCaseNumberOfAnyScheme(next.plain)) break;
    const text = unmarkedText(next);
    // The secretariat's reference under the heading (`CHL 15/2009`) is the item's field, not the title's tail; so is the
    // access word on a line of its own (`Åbent`, `Lukket punkt`) under a long title.
    if (INTERNAL_REFERENCE.test(text) || ACCESS_WORD.test(text) || ACCESS_MARKER_LINE.test(text)) break;
    // A lettered sub-heading under the title (`3. Meddelelser` / `a. Fra formanden`, a nested list's entry) is the item's
    // text, though it starts in lower case.
    if (LETTERED_ENTRY.test(text)) break;
    // The administration's recommendation run on under the title (`Teknik- og Miljøforvaltningen indstiller, at ...`) is
    // the item's text, however short the excerpt leaves it.
    if (text.includes(' indstiller') && RECOMMENDING_OFFICE_SENTENCE.test(text)) break;
    // A table's row of tab-separated cells under a title written without tabs (`8. Aktiviteter i 2025` / `Dato<TAB>Aktivitet
    // <TAB>Ansvarlig`) is the item's table, not the title's tail (a page break after it must not make it one).
    if (next.raw.includes('\t') && !lines[start - 1]?.raw.includes('\t') && TAB_ROW.test(next.raw.trim())) break;
    if (hasTitleKey(text, keyOf(title), keyOf)) break;
    const joined = joinTitleLines(title, text);
    const joinedKey = titleKey(joined);
    const known = titles.has(joinedKey) || someEntryStarts(titles, joinedKey, title.length + 3);
    // A page's head right under the line (not one the line itself opens: `Broby Kommune` after a break) is passed over.
    const after = lines[next.pageBreak ? bodyStart + 1 : pastPageHead(lines, bodyStart + 1)];
    const cut = TITLE_CUT_AFTER.test(title) || startsInLowerCase(text) || title.length >= 48 || hangsUnderCapitalTitle(lines[start - 1], title, next, text) || wrappedAtColumn(title, text, after, blankBefore);
    // (A title line holds no case number: `isTitleLine` has asked.)
    // A line ending in a full stop before a page break ends its block (KMD's `NN. Titel.`; the next page's head follows).
    // (So does a dated decision block's heading: `Kultur- og Fritidsudvalgets beslutning i mødet den 6. marts 2025`.)
    const blockEnds = !after || after.blank || !isTitleLine(after) || (after.pageBreak && text.endsWith('.')) || readDecisionBlockHeading(unmarkedText(after)) !== undefined;
    // Where blank lines separate blocks, a heading block that ends at a blank line is the whole title.
    const blockedByBlanks = blankBefore && !!after?.blank && text.length < 100;
    // A line that starts in lower case continues the title whatever follows (re-wrapped text).
    // So does a dash and a word in lower case (`Takster for renovation 2025` / `- tillæg`), not a recommendation's `- at ...`.
    const wrapped = (startsInLowerCase(text) || DASH_AND_LOWER_CASE.test(text)) && !/[.:]$/u.test(title) && text.length < 100;
    if (!(known || blockedByBlanks || wrapped || (cut && blockEnds && text.length < 100 && !/[.:]$/u.test(title)))) break;
    // A whole sentence under a long title (an item page's teaser: `HOFOR ønsker en kommunegaranti for et lån.`) is the
    // item's text, not the title's tail, unless a contents list says otherwise.
    if (!known && !wrapped && isWholeSentence(text)) break;
    title = joined;
    bodyStart++;
  }
  return { title, bodyStart };
}

/**
 * A narrow column's title wrapped before its last words, in a text without blank lines (`pdftotext -raw` of a
 * two-column print: `Ansøgning om tilskud fra Borup` / `Idrætsforening` / `J.nr. 04/1302`): a short line without a
 * sentence's end, straight over the item's labelled case number, is the title's tail.
 */
function wrappedAtColumn(title: string, text: string, after: SourceLine | undefined, blankBefore: boolean): boolean {
  if (blankBefore || !after || after.blank || text.length > COLUMN_TAIL_MAX || /[.:;,]$/u.test(text) || /[.:]$/u.test(title)) return false;
  const caseNumber = readCaseNumberOfLine(after);
  return !!caseNumber?.whole && !!caseNumber.labelled;
}
const COLUMN_TAIL_MAX = 40;

/**
 * A typewritten protocol's heading in capitals goes on on a line indented to the title's own column (`90.   ANSØGNING
 * OM TILSKUD TIL KORSØR LYSTBÅDEHAVNS` / `      NYE KLUBHUS.`): the hanging indent says it, however short the line above.
 */
function hangsUnderCapitalTitle(heading: SourceLine | undefined, title: string, next: SourceLine, text: string): boolean {
  if (!heading || !isInCapitals(title) || !isInCapitals(text)) return false;
  const indent = next.raw.length - next.raw.trimStart().length;
  if (indent < MIN_HANGING_INDENT) return false;
  // Indented, and not past the title's column: a digit more in the number (`9.` over `10.`) or a margin bar before it
  // (`|   126.   ANSØGNING ...`) moves the title's column but not the lines under it.
  // (The title's first word: the raw line may hold no-break spaces where the title has spaces.)
  const space = title.indexOf(' ');
  const column = heading.raw.indexOf(space > 0 ? title.slice(0, space) : title);
  return column > 0 && indent <= column + 2;
}
const MIN_HANGING_INDENT = 3;

const SUSPENDED = new Set<string>(WORDS_AFTER_SUSPENDED_HYPHEN);
const HYPHENATED_WORD_END = /\p{L}\p{Ll}-$/u;

/**
 * A title line and the next: a span of years or numbers cut after its dash (`2010-` / `2011`) is joined without a
 * space, and a word hyphenated over a page break (`dag-` / <page head> / `tilbud 2009`, which the pre-pass cannot
 * join) without its hyphen; else with a space.
 */
export function joinTitleLines(title: string, text: string): string {
  if (endsInDigitAndDash(title) && startsWithDigit(text)) return `${title}${text}`;
  if (title.endsWith('-') && startsInLowerCase(text) && HYPHENATED_WORD_END.test(title) && !SUSPENDED.has(/^\p{Ll}+/u.exec(text)![0])) return `${title.slice(0, -1)}${text}`;
  // (So in a title in capitals, `... MOLE, ANLÆGS-` / `BEVILLING.`, but not a compound's shared part, `SKOLE- OG ...`.)
  if (/\p{Lu}-$/u.test(title) && isInCapitals(title) && isInCapitals(text) && /^\p{Lu}{2,}/u.test(text) && !SUSPENDED.has(/^\p{Lu}+/u.exec(text)![0].toLowerCase())) return `${title.slice(0, -1)}${text}`;
  return `${title} ${text}`;
}

/** `... 2010-`: a digit and a hyphen end the text (told by character code). */
function endsInDigitAndDash(text: string): boolean {
  const last = text.length - 1;
  return text.charCodeAt(last) === 0x2d && text.charCodeAt(last - 1) >= 0x30 && text.charCodeAt(last - 1) <= 0x39;
}

function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 0x30 && first <= 0x39;
}

/** A title that looks cut (long, or ending in a joining word) ends on the line at `index` when that is the block's last title line. */
function endsCutTitle(lines: readonly SourceLine[], index: number, title: string): boolean {
  const line = lines[index]!;
  if ((title.length < 48 && !TITLE_CUT_AFTER.test(title)) || /[.:]$/u.test(title) || unmarkedText(line).length >= 60 || !isTitleLine(line)) return false;
  const after = lines[pastPageHead(lines, index + 1)];
  return !after || after.blank || !isTitleLine(after);
}

/** The line stands in the first lines of a page (a page's running head). */
function underPageBreak(lines: readonly SourceLine[], index: number): boolean {
  for (let above = index; above >= Math.max(0, index - 3); above--) if (lines[above]!.pageBreak) return true;
  return false;
}

/** Past a page's running head that a break put at `index` (a form feed, then the organ, `Referat`, empty labels). */
/** A page's head that opens with the municipality's name (`\fMORSØ KOMMUNE` over every page of the KMD template). */
function opensPageWithMunicipality(line: SourceLine): boolean {
  return line.pageBreak && MUNICIPALITY_NAME_LINE.test(unmarkedText(line));
}

/** How many lines from the document's start its own head may take. */
const DOCUMENT_HEAD_LINES = 8;

/**
 * A line under a page break (`from` the break's first line) that one of the document's first lines holds too: its
 * head, which a protocol prints again at each page's top.
 */
function repeatsDocumentHead(lines: readonly SourceLine[], index: number, from: number): boolean {
  if (index < DOCUMENT_HEAD_LINES || !lines[from]!.pageBreak) return false;
  const text = collapseSpaces(lines[index]!.plain);
  for (let at = 0; at < DOCUMENT_HEAD_LINES; at++) if (collapseSpaces(lines[at]!.plain) === text) return true;
  return false;
}

/**
 * The line's text stands at another page's top too, or in the document's own head, as a running head does (not only
 * elsewhere in the text: a document grown by repeating its items repeats a title's tail too).
 */
function printedElsewhere(lines: readonly SourceLine[], index: number): boolean {
  const text = collapseSpaces(lines[index]!.plain);
  return lines.some((line, at) => at !== index && (line.pageBreak || at < DOCUMENT_HEAD_LINES) && line.plain.length >= text.length && collapseSpaces(line.plain) === text);
}

/** `fra møde i` / `til mødet i` inside a page's repeated head (`REFERAT` / `fra møde i` / `<UDVALG>`). */
const HEAD_PHRASE = /^(?:fra|til)\s+mødet?\s+i$/u;

const MUNICIPALITY_NAME_LINE = /^\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?\s+kommune$/iu;

function pastPageHead(lines: readonly SourceLine[], index: number): number {
  if (!lines[index]?.pageBreak) return index;
  let past = index;
  while (lines[past] && !lines[past]!.blank && (isRunningHead(unmarkedText(lines[past]!)) || isEmptyMeetingLabel(unmarkedText(lines[past]!)))) past++;
  return past;
}

/** `§`, `stk.`, `nr.` at the end of a title (told by its last character first: most titles end otherwise). */
const DASH_AND_LOWER_CASE = /^[-–]\s+(?!at\s)\p{Ll}/u;
const YEAR_ALONE = /^(?:19|20)\d{2}$/u;
/** A paragraph's number on a line of its own (`85`, `18a`). */
const PARAGRAPH_NUMBER_ALONE = /^\d{1,4}[a-z]?$/u;
const ENDS_IN_DAY_AND_MONTH = new RegExp(String.raw`\d{1,2}\.?\s*(?:${MONTH_NAMES})$`, 'iu');

function endsInParagraphMark(title: string): boolean {
  const last = title.charCodeAt(title.length - 1);
  return (last === 0xa7 || last === 0x2e) && /(?:§|stk\.|nr\.)$/u.test(title);
}

/** A contents title longer than `longerThan` that the key starts with. */
function someEntryStarts(titles: ReadonlySet<string>, key: string, longerThan: number): boolean {
  for (const entry of titles) if (entry.length > longerThan && key.startsWith(entry)) return true;
  return false;
}

/** A line that can be (part of) a title: not a label, case number, absence line, section or heading. */
function isTitleLine(line: SourceLine): boolean {
  if (line.blank) return false;
  const text = unmarkedText(line);
  // `Lukket - Køb af ejendom` under its number: a closed item's title, not an SBSYS access line (`Lukket - <nr>`).
  if (startsWithLetterLOrC(text) && /^[Ll]ukket\s+[-–]\s+\p{Lu}\p{Ll}/u.test(text)) return true;
  // (`**Høring: Forslag til lokalplan ...**` wholly in bold under `### Punkt 2`: a title with a colon, no label and its text.)
  const section = readSectionHeading(line);
  if (section && !(line.bold && section.inline !== undefined)) return false;
  // A section's label as an entry of a list under the title (Syddjurs's pages fold each section: `• Sagsfremstilling`).
  if (text.charCodeAt(0) === 0x2022 && readSectionHeading(textLine(line.no, text.slice(1).trim()))) return false;
  // (A title may end in its case number in brackets: `Titel (EMN-2024-027730)`.)
  if (readCaseNumberOfLine(line) && !readBracketedCaseNumber(text)) return false;
  if (startsLikeLabel(text)) return false;
  // `Dok.nr.: 2025-123456`, `Initialer: PIM` under a title: another number's field, no part of the title (asked by the
  // first letter's code first: d or i).
  const first = text.charCodeAt(0) | 0x20;
  if ((first === 0x64 || first === 0x69) && OTHER_ITEM_LABEL_LINE.test(text)) return false;
  // `Sagen er behandlet for lukkede døre.`, `Punktet er lukket.`, `Fortroligt` under a title close the item; no part of the title.
  if (text.length < 60 && (isClosedDoorsSentence(text) || isClosedMarkerLine(text))) return false;
  // `A. Sager ...`: a full stop after the first letter (asked by its code first).
  if (text.charCodeAt(1) === 0x2e && /^[A-ZÆØÅ]\.\s/u.test(text)) return false;
  // A head label with its value on a later line: the colon first, the label's pattern only then.
  if (text.includes(':') && /:\s*$/u.test(text) && HEAD_LABEL_LINE.test(text)) return false;
  return !readHeadingCandidate(line);
}

function readClosedFromTitle(title: string): { title: string; closed: boolean } {
  // A title line under its number may open with the item's type (`Beslutningssag: ...`), not part of the title.
  const typePrefix = title.includes(':') ? TYPE_PREFIX.exec(title) : null;
  if (typePrefix) title = title.slice(typePrefix[0].length);
  // A wrapped title's last line may end in the open access (`... midler (Åben sag)`): not the title's.
  const open = title.endsWith(')') ? OPEN_SUFFIX.exec(title) : null;
  if (open && open.index > 0) title = title.slice(0, open.index).trim();
  // The marker is `LUKKET` in capitals; a title line under its number may open `Lukket punkt:` (Roskilde) or `Lukket sag:`.
  const match = (title.includes('LUKKET') ? /^(?:lukket\s*:\s*)?LUKKET\b\s*[:–-]?\s*/u.exec(title) : null) ?? (startsWithLetterLOrC(title) ? CLOSED_PREFIX_ANY_CASE.exec(title) : null);
  if (match && match[0].length > 0) return { title: title.slice(match[0].length).trim(), closed: true };
  // ... or end in the marker: `Salg af areal - LUKKET SAG` (Vordingborg).
  const suffix = MAY_HOLD_CLOSED_MARKER.test(title) ? CLOSED_SUFFIX.exec(title) : null;
  return suffix && suffix.index > 0 ? { title: title.slice(0, suffix.index).trim(), closed: true } : { title, closed: false };
}

/**
 * `Lukket punkt`, `Ikke offentligt`, `Fortroligt` alone on the line over the heading. Not under another heading (an
 * empty closed item's own access line, the previous item's), nor under a label with its colon (a Word table's closed
 * row whose decision cell says `Lukket punkt.` under `Beslutning:`: the value of the item above).
 */
function closedMarkerOver(lines: readonly SourceLine[], index: number): boolean {
  const above = previousNonBlank(lines, index);
  if (above === undefined) return false;
  const text = unmarkedText(lines[above]!);
  if (text.length > 20 || !isClosedMarkerOver(text)) return false;
  const before = previousNonBlank(lines, above);
  return before === undefined || (!unmarkedText(lines[before]!).endsWith(':') && !readHeadingCandidate(lines[before]!));
}

/** An item with no text of its own: the next heading, the referat's signatures or its end follow its title. */
function holdsNoText(lines: readonly SourceLine[], start: number): boolean {
  const next = nextNonBlank(lines, start);
  return next === undefined || readHeadingCandidate(lines[next]!) !== undefined || SIGNATURES.test(unmarkedText(lines[next]!));
}
const SIGNATURES = /^underskrift(?:er)?\s*:?$/iu;

/** `Lukket - 82.02.00-G01-4-23` or a bare `Lukket` access line within the first lines of the item. */
export function accessIsClosed(lines: readonly SourceLine[], start: number): boolean {
  let seen = 0;
  let reach = 3;
  for (let index = start; index < lines.length && seen < reach; index++) {
    if (lines[index]!.blank) continue;
    const text = unmarkedText(lines[index]!);
    // PolWeb's `Dok. <nr>` and `Initialer: <x>` stand between the case number and the access line.
    if (startsLikeOtherItemLabel(text) && OTHER_ITEM_LABEL_LINE.test(text)) continue;
    // A column of labels (`Sagsnr.` / `Dok.nr.` / `Sagsbeh.`) before its values: each value is one line more to pass.
    if (text.length < 16 && (isEmptyCaseNumberLabel(text) || isOtherFieldLabelAlone(text))) {
      reach++;
      continue;
    }
    // Nyborg's PolWeb prints `Sagsnr.` and `Initialer` alone, each value on the next line: label and value pass.
    if (text.length <= 12 && isLabelOverValue(text)) {
      index = nextNonBlank(lines, index + 1) ?? lines.length;
      continue;
    }
    // The next item's heading ends the search: what stands under it is that item's (`Sagen behandles for lukkede døre.`).
    if (seen > 0 && readHeadingCandidate(lines[index]!) !== undefined) return false;
    seen++;
    // (`Godkendt.` / `Lukket sag` / `3. Titel`: a marker alone over the next heading, after this item's text, is that item's.)
    if (isClosedAccessLine(text)) return seen === 1 || !markerOverNextHeading(lines, index, text);
    // `Sagsnr.: ...   Lukket`, Roskilde's `Sagsnr. 409961 <udvalg> Lukket punkt`, the KMD template's `J.nr.: ... Sagsid: ...
    // Sagsbehandler: AJ Lukket sag`: asked only of a line that ends in the word's last letter.
    if (endsInLetter(lines[index]!.text, 0x74, 0x67) && /(?:\s{2,}lukket|\slukket\s+(?:punkt|sag))$/iu.test(lines[index]!.text) && /sagsnr|sagsid|j\.\s*nr/iu.test(text)) return true;
  }
  return false;
}

function markerOverNextHeading(lines: readonly SourceLine[], index: number, text: string): boolean {
  if (!CLOSED_MARKER_OVER.test(text)) return false;
  const next = nextNonBlank(lines, index + 1);
  return next !== undefined && readHeadingCandidate(lines[next]!) !== undefined;
}

/** An item-head label alone on its line, its value on the next (`Sagsnr.` / `450-2021-20467`, `Initialer` / `LDA`). */
const isLabelOverValue = testStartingLike(/^(?:sagsnr|sagsnummer|initialer|dok(?:\.\s*nr)?)\.?\s*:?$/iu);

/** `Dok. ...` or `Initialer: ...` start with a d or an i (asked by its code before the pattern). */
function startsLikeOtherItemLabel(text: string): boolean {
  const code = text.charCodeAt(0) | 0x20;
  return code === 0x64 || code === 0x69;
}

/** `Lukket ...:` or `Closed:` can open only a title whose first letter is an l or a c (asked by its code). */
function startsWithLetterLOrC(text: string): boolean {
  const code = text.charCodeAt(0) | 0x20;
  return code === 0x6c || code === 0x63;
}

/** The last letter is one of the two given (lower-case codes), in either case. */
function endsInLetter(text: string, first: number, second: number): boolean {
  const code = text.charCodeAt(text.length - 1) | 0x20;
  return code === first || code === second;
}

/** A contents line's title without its numbering and closed marker (`Lukket: Punkt 5: Titel` -> `Titel`). */
/**
 * The titles the contents list as closed (`Lukket: <titel>`) and not also as open (Ballerup lists `Meddelelser` and
 * `Lukket: LUKKET Meddelelser`): an item of such a title is closed though its heading does not say so.
 */
function closedContentsTitles(contentsTitles: readonly string[]): Set<string> | undefined {
  let closed: Set<string> | undefined;
  const open = new Set<string>();
  for (const text of contentsTitles) {
    const read = readClosedFromTitle(text);
    const key = titleKey(contentsTitle(text));
    if (read.closed) (closed ??= new Set()).add(key);
    else open.add(key);
  }
  if (closed) for (const key of open) closed.delete(key);
  return closed;
}

export function contentsTitle(text: string): string {
  const candidate = readHeadingCandidate(textLine(0, text));
  return candidate ? candidate.title : readClosedFromTitle(text).title;
}

/** The key titles are compared by (`titleKeyOf`, one definition for the scan and the item's reader). */
export const titleKey = titleKeyOf;

/**
 * A heading's title with its type code printed again a few lines on (Vejen: `1.Ny hal (C)` / `Sagsnummer: ...` / `Ny hal
 * (C)`): the code is the item's type. Not after a capitalised word, where the letters are a party's (`Forslag fra Venstre
 * (V)`, `... Anne Sø (C)`).
 */
function codedTitleRepeated(lines: readonly SourceLine[], candidate: Located): boolean {
  const withCode = candidate.titleWithCode;
  if (withCode === undefined || /\p{Lu}\p{Ll}+$/u.test(candidate.title)) return false;
  const until = Math.min(lines.length, candidate.index + 8);
  for (let index = candidate.index + 1; index < until; index++) if (lines[index]!.plain.trim() === withCode) return true;
  return false;
}

/** The line under a number alone ends in a type code (`Vandforsyningsplan 2025-2035 (B)`). */
function codedTitleBelow(lines: readonly SourceLine[], index: number): boolean {
  const below = nextNonBlank(lines, index + 1);
  return below !== undefined && lines[below]!.plain.endsWith(')') && TYPE_CODE.test(lines[below]!.plain);
}

function nextNonBlank(lines: readonly SourceLine[], from: number): number | undefined {
  for (let index = from; index < lines.length; index++) if (!lines[index]!.blank) return index;
  return undefined;
}

/** The title line after a run of an item's field lines (`Sagsnr.: ...`, `Sagsbehandler: ...`), if the run starts at `from`. */
function titleAfterFields(lines: readonly SourceLine[], from: number): number | undefined {
  let fields = 0;
  for (let index = from; index < lines.length && fields <= 8; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    if (ITEM_FIELD_LINE.test(unmarkedText(line))) {
      fields++;
      continue;
    }
    return fields >= 2 && isTitleLine(line) ? index : undefined;
  }
  return undefined;
}


/** The next line with text of its own: blank lines and a running head left by a page break are passed over. */
function nextTextLine(lines: readonly SourceLine[], from: number): number | undefined {
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const text = unmarkedText(line);
    if (isRunningHead(text) || isEmptyMeetingLabel(text)) continue;
    return index;
  }
  return undefined;
}

function previousNonBlank(lines: readonly SourceLine[], before: number): number | undefined {
  for (let index = before - 1; index >= 0; index--) if (!lines[index]!.blank) return index;
  return undefined;
}
