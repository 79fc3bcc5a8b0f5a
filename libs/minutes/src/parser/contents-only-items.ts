import type { ParsedItem } from './parsed-minutes.types.js';
import { CLOSED_PREFIX, CLOSED_PREFIX_ANY_CASE, CLOSED_SUFFIX } from './vocabulary/closed-markers.js';
import type { SourceLine } from './source-line.js';
import { titleKeyOf } from './title-key.js';
import { isWithheldClosedTitle } from './item-heading.parser.js';
import { titlesOfCountedRun } from './counted-title-runs.js';
import { titlesOfUncountedRun } from './uncounted-title-runs.js';
import { textlessItem } from './textless-item.js';
import { RUN_COLUMN_LABEL } from './vocabulary/title-runs.js';
import { isUpperAt } from './letter-case.js';
import { withoutRoutingPrefix } from './routing-prefix.js';
import { CLOSED_CONTENTS_HEADING, CONTENTS_ACCESS_ENTRY, CONTENTS_BRACKETED_ACCESS_ENTRY, CONTENTS_LEADER_INSIDE, CONTENTS_CLOSED_PART, GLUED_CONTENTS_HEADING, CONTENTS_ENTRY_NUMBER, CONTENTS_LEADER, CONTENTS_LIST_HEADING, CONTENTS_LIST_REACH, CONTENTS_NUMBER_GAP, CONTENTS_PAGE_NUMBER, CONTENTS_TITLE_MAX, HEADLESS_LIST_MIN } from './vocabulary/contents-lists.js';
import { ATTACHMENT_AFTER_TITLE, ROUTING_PREFIX, TIME_AND_PRESENTER_AFTER_TITLE, TYPE_WORD_SUFFIX } from './vocabulary/numbering.js';
import type { WarningCollector } from './warning-collector.js';
import { codeColumnEntries } from './contents-code-column.js';
import { pagedContentsEntries, type PagedEntry } from './paged-contents.js';

export interface ContentsListEntry {
  number: number;
  start: number;
  titleStart: number;
  /** The access word that opens the entry, when the list prints one (`åbent 3 Titel`, `lukket 101 ...`). */
  access?: 'open' | 'closed';
}

/**
 * The items of a document that holds its contents list and no item's text (a transcript of the first pages whose
 * list ran together, `1 Udpegning ... 5 2 Nye ... 6 3 ...`; an agenda list of `01.` / `Title .....3`): still a meeting
 * with items, read from the list as items without text, so without a decision. The entries are the list's numbers in
 * order (a lost number may leave a gap of a few).
 */
// (`headless`: the text read as one untitled item and holds no list heading, a numbered agenda list printed straight
// under the head, `Referat af mødet den ...` over ` 1. Udpegning ...`: only entries that start their lines, at least
// `HEADLESS_LIST_MIN` of them.)
export function itemsListedInContentsOnly(lines: readonly SourceLine[], warnings: WarningCollector, read: readonly ParsedItem[] = [], headless = false): ParsedItem[] {
  // With items read: only entries numbered after the last of them, from a list printed before the first (the text
  // ended there); not beside items without a number, which an entry cannot be told from.
  let after = -1;
  for (const item of read) {
    if (item.number === undefined) return [];
    if (item.number > after) after = item.number;
  }
  const before = read.length > 0 ? read[0]!.line : Infinity;
  const texts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  // (Only the lines before the first item read: the list stands there, and a long referat's text is not joined.)
  for (const line of lines) {
    if (line.no >= before) break;
    starts.push(length);
    texts.push(line.text);
    length += line.text.length + 1;
  }
  const text = texts.join('\n');
  const heading = headless ? null : (CONTENTS_LIST_HEADING.exec(text) ?? gluedHeading(text));
  if (!heading && !headless) return [];
  const from = heading ? heading.index + heading[0].length : 0;
  // (A list numbered by its pages only, under the column heading `Side`: unnumbered items, where none was read.)
  const pagedOnly = heading && read.length === 0 ? pagedContentsEntries(text, from) : undefined;
  if (pagedOnly) return pagedItems(pagedOnly, lines, starts, warnings);
  const to = Math.min(text.length, from + CONTENTS_LIST_REACH);
  // (A list that prints each entry's committee code between number and title, `1 ØK Titel`: its entries by the codes.)
  const entries: ContentsListEntry[] = (heading ? codeColumnEntries(text, from, to) : undefined) ?? sequenceFrom(text, from, to, headless);
  if (headless && entries.length < HEADLESS_LIST_MIN) return [];
  // (Beside items read, a list without a heading is their agenda only where it lists one of them, number and title:
  // Odense's `1 Boliger ved ...` lines over the text's `1. Boliger ved ...`; numbered points are no list of items.)
  if (headless && read.length > 0 && !listsAnItemRead(text, entries, read)) return [];
  // (A heading over a run of titles that lost every number: the run's titles by their places.)
  if (entries.length === 0 && heading && read.length === 0) return itemsOfUnnumberedRun(text, from, lines, starts, warnings);
  // Beside items read, the list must hold them too (it is their contents): a running head's `14. OKTOBER` is no list.
  if (entries.length === 0 || (read.length > 0 && entries[0]!.number > after)) return [];
  // (Only under a list's heading: a list read headless may be the unread items' own headings, their text run on.)
  const leading = heading ? leadingEntries(entries, read) : new Set<number>();
  // Each entry's text up to the next entry, the closed part's heading (which closes the entries after it) cut off.
  const parts = entries.map((entry, index) => {
    const next = index + 1 < entries.length ? entries[index + 1]!.start : lastEntryEnd(text, entry.titleStart);
    const segment = text.slice(entry.titleStart, next);
    const closedPart = CONTENTS_CLOSED_PART.exec(segment);
    // (A title wraps over lines, never over a blank one: what follows that is no entry's; save in double-spaced text.)
    const paragraph = wrapsOverOneBlankLine(segment) ? -1 : segment.indexOf('\n\n');
    const note = noteUnderEntry(lines, starts, entry, segment.length);
    // (A lettered group's heading between the entries, Odense's `B. Sager til afgørelse i udvalget`, is no title's.)
    const group = segment.includes('\n') ? LETTERED_GROUP_LINE.exec(segment) : null;
    // (A run-on list's group heading after an entry's leader and page, `Dallund Slot...ii Til behandling - for åbne
    // døre...iii 91. ...`: the title ends at its leader.)
    const leader = segment.includes('...') ? CONTENTS_LEADER_INSIDE.exec(segment) : null;
    const end = Math.min(closedPart ? closedPart.index : segment.length, paragraph >= 0 ? paragraph : segment.length, note, group ? group.index : segment.length, leader ? leader.index : segment.length);
    const leaderless = segment.slice(0, end).replace(/\s+/gu, ' ').trim().replace(CONTENTS_LEADER, '');
    // (An attachment's link after the title, `Titel, Bilag 3`: no page number, and not the title's.)
    const title = leaderless.includes(', Bilag ') ? leaderless.replace(ATTACHMENT_AFTER_TITLE, '') : leaderless;
    // (How many lines the entry's text runs over: a list's entry wraps once at most, an item's heading with its text more.)
    const breaks = countBreaks(segment.slice(0, end).trim());
    return { title, closes: closedPart !== null, end: entry.titleStart + end, breaks };
  });
  splitPrefixedRuns(entries, parts, read);
  splitWrappedEntries(entries, parts);
  // Page numbers after the titles only when most entries carry one (a title may end in a number of its own).
  const paged = parts.filter((part) => CONTENTS_PAGE_NUMBER.test(part.title)).length * 2 > parts.length;
  const items: ParsedItem[] = [];
  let closed = false;
  entries.forEach((entry, index) => {
    const part = parts[index]!;
    const listed = paged ? part.title.replace(CONTENTS_PAGE_NUMBER, '') : part.title;
    // (An entry marked closed itself, `LUKKET Køb af pladser`, `Lukket: Klage over ...`.)
    const marked = CLOSED_PREFIX.exec(listed) ?? CLOSED_PREFIX_ANY_CASE.exec(listed);
    // (Or marked after its title, `Salg af grund (FOR LUKKEDE DØRE)`, `Køb af areal (Lukket)`.)
    const markedAfter = listed.endsWith(')') || listed.endsWith(']') ? CLOSED_SUFFIX.exec(listed) : null;
    // (The item's type in words after the title, `Gældsafvikling (Beslutning)`, is not the title's.)
    const unmarked = marked ? listed.slice(marked[0].length) : markedAfter ? listed.slice(0, markedAfter.index) : listed;
    // (A cheap look first: a presenter's `v./` or `v/`. The routing before the title, `KB - Valg af borgmester`, is not
    // the title's, as under a heading.)
    const presented = unmarked.includes(' v.') || unmarked.includes(' v/') ? unmarked.replace(TIME_AND_PRESENTER_AFTER_TITLE, '') : unmarked;
    const own = withoutRoutingPrefix(presented).replace(TYPE_WORD_SUFFIX, '');
    const line = lines[lineIndexAt(starts, entry.start)]!.no;
    // (A list whose later numbers the extraction lost runs the titles together: no one title can be told from it,
    // unless the number printed after the run tells how many it holds, or the titles' own starts cut it.)
    const run = own.length > CONTENTS_TITLE_MAX ? titlesOfRun(own, entry, after, read, text, part.end) : undefined;
    const last = entry.number + (run ? run.length - 1 : 0);
    const isLeading = leading.has(entry.number) && part.breaks <= 1;
    if (own.length > 0 && (last > after || isLeading) && line < before) {
      warnings.add(line, 'contents-only-item', `Item ${entry.number} is listed in the contents only; read from there`);
      const title = own.length > CONTENTS_TITLE_MAX ? '' : own;
      if (!title && !run) warnings.add(line, 'item-title-missing', `Item ${entry.number}: the contents run its title into the next ones`);
      const isClosed = closed || marked !== null || markedAfter !== null || entry.access === 'closed' || isWithheldClosedTitle(title);
      for (const [at, one] of (run ?? [title]).entries()) {
        if (entry.number + at <= after && !(isLeading && at === 0)) continue;
        items.push(textlessItem(entry.number + at, one, line, isClosed));
      }
    }
    if (part.closes) closed = true;
  });
  return items;
}

/**
 * A contents list that lost every number, its titles run together on the heading's line (a transcript's page,
 * `Indholdsfortegnelse Side behandling af budgetforslag Resultat af udbud ... Tillæg til ...`): each title's place in
 * the list is its number, as where the headings lost theirs (`unnumbered-items.ts`). Only a run the cues cut.
 */
function itemsOfUnnumberedRun(text: string, from: number, lines: readonly SourceLine[], starts: readonly number[], warnings: WarningCollector): ParsedItem[] {
  // (The page column's label may stand after the heading, and the run on the line after them.)
  RUN_COLUMN_LABEL.lastIndex = from;
  const start = RUN_COLUMN_LABEL.exec(text) ? RUN_COLUMN_LABEL.lastIndex : from;
  const end = text.indexOf('\n', start);
  const run = text.slice(start, end < 0 ? text.length : end).trim();
  const titles = run.length > CONTENTS_TITLE_MAX ? titlesOfUncountedRun(run) : undefined;
  if (!titles) return [];
  const line = lines[lineIndexAt(starts, start)]!.no;
  warnings.add(line, 'contents-only-item', `Items 1 to ${titles.length} are listed in the contents only, without numbers; numbered by their places`);
  return titles.map((title, at) => textlessItem(at + 1, title, line, false));
}

/**
 * The titles of an entry whose title ran into the next ones: counted by the number after the run, else cut by the
 * cues titles begin by where the run stands on one line (a transcript's page; an entry running over lines is a
 * heading's text, not a run of titles). Beside items read, an entry they hold is cut only where its first title is
 * the read item's own (`titlesOfUncountedRun`): its later titles are the items after it that the text lost.
 */
function titlesOfRun(own: string, entry: ContentsListEntry, after: number, read: readonly ParsedItem[], text: string, end: number): string[] | undefined {
  const counted = entry.number > after ? titlesOfCountedRun(own, entry.number, text, end) : undefined;
  const segment = text.slice(entry.titleStart, end);
  if (counted || segment.includes('\n')) return counted;
  // (The entry's leader was taken off its title, or the title was cut at a leader with more text after it: the list's
  // end showed.)
  const ended = CONTENTS_LEADER.test(segment) || text.startsWith('...', end);
  if (entry.number > after) return titlesOfUncountedRun(own, undefined, false, ended);
  const first = read.find((item) => item.number === entry.number)?.title;
  return first ? titlesOfUncountedRun(own, first, true, ended) : undefined;
}

/** The titles of a list numbered by its pages only, as unnumbered items without text. */
function pagedItems(entries: readonly PagedEntry[], lines: readonly SourceLine[], starts: readonly number[], warnings: WarningCollector): ParsedItem[] {
  return entries.map((entry) => {
    const line = lines[lineIndexAt(starts, entry.start)]!.no;
    warnings.add(line, 'contents-only-item', `Item "${entry.title}" is listed in the contents only (a list numbered by its pages); read from there`);
    return { title: entry.title, line, closed: false, recommendations: [], absences: [], earlierTreatments: [], course: [], sections: { other: [] } };
  });
}

function countBreaks(text: string): number {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks;
}

/**
 * The entries straight before the lowest item read, numbered on up to it (the list names it too) without a gap: a transcript whose first pages
 * print the first items' titles without their numbers (Sydtrafik's `3 Godkendelse af dagsordenen Sagsfremstilling ...`)
 * gives the reader only the later items, whose headings matched the list's run of titles; the list names the first ones.
 * (A list numbered apart from the items, `1 ... 2 ... 3 ...` over running numbers from 101, leads to none of them.)
 */
function leadingEntries(entries: readonly ContentsListEntry[], read: readonly ParsedItem[]): Set<number> {
  const leading = new Set<number>();
  if (read.length === 0) return leading;
  const lowest = read.reduce((least, item) => Math.min(least, item.number ?? Infinity), Infinity);
  const listed = new Set(entries.map((entry) => entry.number));
  // (The list names that item too: a list whose numbers after the first were lost, `1. Godkendelse af dagsorden Tilskud
  // til ...`, tells no title of its first entry apart from the run.)
  if (!listed.has(lowest)) return leading;
  for (let number = lowest - 1; listed.has(number) && !read.some((item) => item.number === number); number--) leading.add(number);
  return leading;
}

/** The contents heading glued to the word before it (looked for only where the word stands in the text). */
function gluedHeading(text: string): RegExpExecArray | null {
  return text.includes('Indholdsfortegnelse') ? GLUED_CONTENTS_HEADING.exec(text) : null;
}

/**
 * A title wrapped over a blank line in double-spaced text (a flipbook's `271. Lokalplan ... ved` / `` / `Lovvej/Præstø
 * Landevej i Mogenstrup. ....... 643`): the first part has no leader, the second and last part ends in the leader and
 * page number that close an entry. One wrap only: more parts are a note or the next page's furniture.
 */
function wrapsOverOneBlankLine(segment: string): boolean {
  const blank = segment.indexOf('\n\n');
  if (blank < 0 || CONTENTS_LEADER.test(segment.slice(0, blank))) return false;
  const parts = segment.trim().split(/\n\s*\n/u);
  return parts.length === 2 && LEADER_WITH_PAGE.test(parts[1]!);
}

/** A line that opens a lettered group of entries, `B. Sager til afgørelse i udvalget`, `D. Orientering`. */
const LETTERED_GROUP_LINE_SOURCE = String.raw`\n[ \t]*[A-ZÆØÅ]\.[ \t]+\p{Lu}\p{Ll}`;
const LETTERED_GROUP_LINE = new RegExp(LETTERED_GROUP_LINE_SOURCE, 'u');

/** A leader's dots and the page number after them, ending a contents entry. */
const LEADER_WITH_PAGE = /\.{3,}\s*\d{1,4}\s*$/u;

/**
 * Where a note indented under the entry starts in its segment (a web page's list item and its paragraph: ` 1. Titel` /
 * `  Begge godkendt.`): a line indented past the entry's number but short of its title's column is no part of the
 * title (a title wraps to its own column, or to the margin). The segment's length if none. (The lines' text is
 * trimmed: the indents are measured on the lines as written.)
 */
function noteUnderEntry(lines: readonly SourceLine[], starts: readonly number[], entry: ContentsListEntry, segmentLength: number): number {
  const at = lineIndexAt(starts, entry.start);
  const indent = indentOf(lines[at]!.raw);
  const numberColumn = indent + entry.start - starts[at]!;
  const titleColumn = indent + entry.titleStart - starts[at]!;
  for (let index = at + 1; index < starts.length && starts[index]! < entry.titleStart + segmentLength; index++) {
    // (A cheap look first: a note's line starts with a space.)
    const raw = lines[index]!.raw;
    if (raw.charCodeAt(0) !== 0x20) continue;
    const under = indentOf(raw);
    if (under > numberColumn && under < titleColumn) return starts[index]! - 1 - entry.titleStart;
  }
  return segmentLength;
}

function indentOf(raw: string): number {
  let indent = 0;
  while (raw.charCodeAt(indent) === 0x20) indent++;
  return indent;
}

/** How many titles a run must hold before its repeated prefix is taken for where each starts. */
const PREFIXED_RUN_MIN = 3;

/**
 * A list whose numbers after the first the extraction lost, each title opened by the same routing prefix (Lejre's
 * `1. FOU - Godkendelse af dagsorden FOU - Meddelelser FOU - Eventuelt`): the prefix said again marks where each title
 * starts, and the titles are numbered on from the entry's number, up to the next entry's. Taken only where the titles
 * at the numbers of items read are those items' titles (a lost number is not guessed against the text). The prefix is
 * routing, not the title's (`vocabulary/numbering.ts`). `entries` and `parts` are changed in place.
 */
function splitPrefixedRuns(entries: ContentsListEntry[], parts: Array<{ title: string; closes: boolean; end: number; breaks: number }>, read: readonly ParsedItem[]): void {
  for (let index = parts.length - 1; index >= 0; index--) {
    const { title, closes, end, breaks } = parts[index]!;
    // (A cheap look first: two capitals, then the dash a routing prefix writes.)
    if (!isUpperAt(title, 0) || !isUpperAt(title, 1) || !title.includes(' - ')) continue;
    const prefix = ROUTING_PREFIX.exec(title)?.[0];
    if (!prefix) continue;
    const titles = title.split(` ${prefix}`).map((one, at) => (at === 0 ? one.slice(prefix.length) : one).trim());
    const entry = entries[index]!;
    const next = entries[index + 1]?.number ?? Infinity;
    if (titles.length < PREFIXED_RUN_MIN || titles.some((one) => one.length === 0) || entry.number + titles.length > next) continue;
    const agrees = titles.every((one, at) => {
      const item = read.find((candidate) => candidate.number === entry.number + at);
      if (!item?.title) return true;
      const [listed, own] = [titleKeyOf(one), titleKeyOf(item.title)];
      return listed.startsWith(own) || own.startsWith(listed);
    });
    if (!agrees) continue;
    entries.splice(index, 1, ...titles.map((_, at) => ({ ...entry, number: entry.number + at })));
    parts.splice(index, 1, ...titles.map((one, at) => ({ title: one, closes: closes && at === titles.length - 1, end, breaks })));
  }
}

/**
 * A table's contents (`Pkt. Tekst Side`) whose long title wrapped in its cell: the transcript prints the title's first
 * line, then the row's number and page, then the title's rest (Lyngby-Taarbæk: `10 Revision af regulativ (Beslutning) 34
 * Fælles høringssvar til revision af Fingerplan 2017 11 36 (Beslutning) 12 ...`). The next number missing from the list
 * stands inside the entry before, with a page at least that entry's after it: the entry is cut after its own page, and
 * the missing entry's title is the text around its number. `entries` and `parts` are changed in place.
 */
function splitWrappedEntries(entries: ContentsListEntry[], parts: Array<{ title: string; closes: boolean; end: number; breaks: number }>): void {
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const missing = entry.number + 1;
    if ((entries[index + 1]?.number ?? Infinity) <= missing) continue;
    const part = parts[index]!;
    // (A cheap look first: the missing number as a word of the title.)
    if (!part.title.includes(` ${missing} `)) continue;
    const wrapped = WRAPPED_ENTRY.exec(part.title);
    if (!wrapped || Number(wrapped.groups!.number) !== missing || Number(wrapped.groups!.page) > Number(wrapped.groups!.nextPage)) continue;
    const { own, page, head, tail } = wrapped.groups!;
    parts.splice(index, 1, { ...part, title: `${own} ${page}`, closes: false }, { ...part, title: tail ? `${head} ${tail}` : head! });
    entries.splice(index + 1, 0, { ...entry, number: missing });
  }
}

/** An entry's title and page, the next entry's title's first line, its number and page, the title's rest. */
const WRAPPED_ENTRY = /^(?<own>.+?) (?<page>\d{1,3}) (?<head>\p{Lu}.*?) (?<number>\d{1,3}) (?<nextPage>\d{1,3})(?: (?<tail>.+))?$/u;

/** An entry has the number of an item read and starts with that item's title (or the title with the entry's text). */
function listsAnItemRead(text: string, entries: readonly ContentsListEntry[], read: readonly ParsedItem[]): boolean {
  return entries.some((entry) => {
    const item = read.find((one) => one.number === entry.number);
    if (!item?.title) return false;
    const listed = titleKeyOf(text.slice(entry.titleStart, lineEndAfter(text, entry.titleStart)));
    const own = titleKeyOf(item.title);
    return listed.length > 0 && own.length > 0 && (listed.startsWith(own) || own.startsWith(listed));
  });
}

const MONTH_AFTER_DAY = /^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?\s+\d{4}/iu;

/** The list's entries from `from` on: the first number, then each next one within the gap, in order. */
export function sequenceFrom(text: string, from: number, to: number, lineStartsOnly: boolean): ContentsListEntry[] {
  const candidates: ContentsListEntry[] = [];
  CONTENTS_ENTRY_NUMBER.lastIndex = from;
  for (let match = CONTENTS_ENTRY_NUMBER.exec(text); match && match.index < to; match = CONTENTS_ENTRY_NUMBER.exec(text)) {
    // (A date's day and month in capitals, `DEN 14. OKTOBER 2014`, is no entry.)
    if (MONTH_AFTER_DAY.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue;
    if (lineStartsOnly && !startsLine(text, match.index) && !continuesRunOnList(text, candidates, match)) continue;
    candidates.push({ number: Number(match[1]), start: match.index, titleStart: match.index + match[0].length });
  }
  const withAccess = accessEntriesIn(text, from, to, candidates, lineStartsOnly);
  const entries: ContentsListEntry[] = [];
  const late: ContentsListEntry[] = [];
  let last: ContentsListEntry | undefined;
  let closedPart: number | undefined;
  for (const candidate of withAccess) {
    if (!last) {
      entries.push(candidate);
      last = candidate;
      continue;
    }
    // (An entry its access word opens may jump: closed items numbered from 101.)
    const reach = candidate.access ? Infinity : CONTENTS_NUMBER_GAP;
    if (candidate.number > last.number && candidate.number <= last.number + reach && candidate.start >= last.titleStart) {
      entries.push(candidate);
      last = candidate;
    } else if (candidate.number > last.number && endsLetteredGroup(text, candidate)) late.push(candidate);
    else if (candidate.number < last.number && startsLine(text, candidate.start)) {
      // A region's list of the closed items under a heading of their own (`Indholdsfortegnelse lukket møde` / `17.` /
      // `Udbud af ...`), numbered lower than the open part's last entry (its `Meddelelser` moved last): the list goes on
      // there, with numbers it has not listed.
      closedPart ??= closedPartAt(text, from, to);
      if (closedPart > last.titleStart && closedPart < candidate.start && !entries.some((entry) => entry.number === candidate.number)) {
        entries.push(candidate);
        last = candidate;
      }
    }
  }
  return late.length === 0 ? entries : withLateEntries(entries, late);
}

/** Where the list's closed part's heading stands (`Lukket møde`, `Lukkede punkter`), -1 where it has none. */
function closedPartAt(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  const found = CONTENTS_CLOSED_PART.exec(part) ?? CLOSED_CONTENTS_HEADING.exec(part);
  return found ? from + found.index : -1;
}

/**
 * An item added to the agenda late keeps its higher number but is listed last in its lettered group (Odense's `6 Odense
 * Letbane ...` / `17 Investeringsprojekter` / `B. Sager til afgørelse i udvalget` / `7 Parkering ...`): an entry out of
 * the list's order, on a line of its own, that the next group's heading follows. The list goes on from the entry before.
 */
function endsLetteredGroup(text: string, candidate: ContentsListEntry): boolean {
  if (!startsLine(text, candidate.start)) return false;
  const end = text.indexOf('\n', candidate.titleStart);
  if (end < 0) return false;
  LETTERED_GROUP_AT.lastIndex = end;
  return LETTERED_GROUP_AT.test(text);
}

/**
 * The list with its late entries, each numbered on after the list's highest number (a number the list does not reach
 * is a wrapped title's, `... kontrakt om` / `40 Elbusser`), in the text's order.
 */
function withLateEntries(entries: readonly ContentsListEntry[], late: readonly ContentsListEntry[]): ContentsListEntry[] {
  let highest = entries.reduce((most, entry) => Math.max(most, entry.number), 0);
  const kept: ContentsListEntry[] = [];
  for (const entry of [...late].sort((a, b) => a.number - b.number)) {
    if (entry.number <= highest || entry.number > highest + CONTENTS_NUMBER_GAP) continue;
    kept.push(entry);
    highest = entry.number;
  }
  return kept.length === 0 ? [...entries] : [...entries, ...kept].sort((a, b) => a.start - b.start);
}

/** `LETTERED_GROUP_LINE` where a line ends (sticky). */
const LETTERED_GROUP_AT = new RegExp(LETTERED_GROUP_LINE_SOURCE, 'uy');

/**
 * The candidates with the entries their access word opens (`åbent 3 Titel`): such an entry starts at the word (the
 * title before it ends there) and replaces the plain candidate at its number.
 */
function accessEntriesIn(text: string, from: number, to: number, candidates: readonly ContentsListEntry[], lineStartsOnly: boolean): ContentsListEntry[] {
  const opened: ContentsListEntry[] = [];
  CONTENTS_ACCESS_ENTRY.lastIndex = from;
  for (let match = CONTENTS_ACCESS_ENTRY.exec(text); match && match.index < to; match = CONTENTS_ACCESS_ENTRY.exec(text)) {
    // (The labelled form, `Åben sag: 239.`, opens an entry wherever it stands: a transcript runs the list into one line.)
    if (lineStartsOnly && !startsLine(text, match.index) && !match[0].includes('sag:')) continue;
    opened.push({ number: Number(match[2]), start: match.index, titleStart: match.index + match[0].length, access: /^lukket$/iu.test(match[1]!) ? 'closed' : 'open' });
  }
  // (The access in brackets after the number: `1 (Åben) Titel`. Such a list brackets every entry's access: a bare number
  // elsewhere, `Hellerupvej 12. Endelig vedtagelse`, is a title's.)
  CONTENTS_BRACKETED_ACCESS_ENTRY.lastIndex = from;
  let bracketed = false;
  // (A cheap look first: the brackets with the access word's first letter, as most lists print none.)
  const mayBracket = text.includes('(Å') || text.includes('(L') || text.includes('(å') || text.includes('(l');
  for (let match = mayBracket ? CONTENTS_BRACKETED_ACCESS_ENTRY.exec(text) : null; match && match.index < to; match = CONTENTS_BRACKETED_ACCESS_ENTRY.exec(text)) {
    if (lineStartsOnly && !startsLine(text, match.index)) continue;
    opened.push({ number: Number(match[1]), start: match.index, titleStart: match.index + match[0].length, access: /^lukket$/iu.test(match[2]!) ? 'closed' : 'open' });
    bracketed = true;
  }
  if (opened.length === 0) return [...candidates];
  if (bracketed) return opened.sort((a, b) => a.start - b.start);
  const kept = candidates.filter((candidate) => !opened.some((entry) => candidate.start > entry.start && candidate.start < entry.titleStart));
  return [...kept, ...opened].sort((a, b) => a.start - b.start);
}

/**
 * A web page's agenda list run into one paragraph under its title, `Referat` / `1. Godkendelse ... 2. Orientering ...
 * 3. ...`: where only entries that start their lines count (a list without a heading), an entry in the middle of a line
 * still counts when it is the next number, dotted, on the line of the entry before (the first of them starts the line).
 */
function continuesRunOnList(text: string, candidates: readonly ContentsListEntry[], match: RegExpExecArray): boolean {
  const last = candidates[candidates.length - 1];
  if (!last || Number(match[1]) !== last.number + 1 || !DOTTED_ENTRY.test(match[0])) return false;
  const newline = text.indexOf('\n', last.start);
  return newline < 0 || newline > match.index;
}

/** An entry number followed by its full stop (`12. `), not a bare number that may be a count or an amount. */
const DOTTED_ENTRY = /\d\.\s/u;

/** Only spaces stand between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  for (let index = at - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) return true;
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * Where the list's last entry ends: its line, and the lines straight under it that go on in lower case (a title wrapped
 * over lines, `13. Yderligere` / `finansiering til ...` / `frigivelse af ...`), at most two; an access word (`åbent 4`)
 * opens an entry of its own.
 */
function lastEntryEnd(text: string, at: number): number {
  let end = lineEndAfter(text, at);
  for (let wraps = 0; wraps < 2 && end < text.length; wraps++) {
    const code = text.charCodeAt(end + 1);
    // (A lower-case letter first: ASCII a-z, or æ, ø, å.)
    if (!((code >= 0x61 && code <= 0x7a) || code === 0xe6 || code === 0xf8 || code === 0xe5)) break;
    const following = lineEndAfter(text, end + 1);
    if (/^(?:åben|åbent|lukket)\s+\d/u.test(text.slice(end + 1, following))) break;
    end = following;
  }
  return end;
}

function lineEndAfter(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
