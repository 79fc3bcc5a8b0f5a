import { mayStartLike } from '../line-prefilter.js';
import { censusOf, type LineCensus } from './line-census.js';
import { textLine, withPageBreak, type SourceLine } from '../source-line.js';
import { verdictOffAbsenceList, withLabelRowValues } from './label-row-values.js';
import { capitalLabelRowLines } from './capital-label-row.js';
import { BARE_LABEL_AFTER_MEMBERS, BARE_LABEL_ROW, ROW_CLOSING_LABEL, LOGIN_KEY, LOGIN_THEN_PARTY, CONTENTS_THEN_TEXT, DOWNLOAD_TITLE, DOWNLOAD_TITLE_LINE_JOIN, UNDATED_DECISION_START, FURNITURE_START, LABEL_THEN_TEXT, PAGE_CUT, PAGE_NUMBER, RUN_TOGETHER_PAGE_LENGTH, TRANSCRIPT_CHROME } from '../vocabulary/page-transcripts.js';

/**
 * Cuts PDF pages transcribed as one line each back into lines (see `vocabulary/page-transcripts.ts`), so
 * the readers after it see what other exports give them: a head label, an item heading, a section label at
 * the start of a line. The viewer's own lines are dropped. Pieces keep the number of the line they came from;
 * the first piece of a page stands after a page break. Documents without page lines pass unchanged.
 */
export function segmentTranscribedPages(lines: readonly SourceLine[], census?: LineCensus): SourceLine[] {
  // (Pages are long: without a line of a page's length the text holds none, see `pageLines`, nine texts in ten. One look
  // at each line's length, or at the census's widest line, spares the page-number test of every line that opens with a digit.)
  const taken = censusOf(census, lines);
  if (taken ? taken.widest < RUN_TOGETHER_PAGE_LENGTH : !holdsLineOfLength(lines, RUN_TOGETHER_PAGE_LENGTH)) return lines as SourceLine[];
  const pages = pageLines(lines);
  if (pages.size === 0) return lines as SourceLine[];
  const out: SourceLine[] = [];
  let whole: string | undefined;
  // (Asked only of a head whose labels stand in a row: the whole text joined once then.)
  const printedElsewhere = (value: string): boolean => {
    whole ??= lines.map((line) => line.text).join('\n');
    const first = whole.indexOf(value);
    return first >= 0 && whole.indexOf(value, first + value.length) >= 0;
  };
  const repeatedTitle = titleRepeatedForDownload(lines);
  // (The lines a re-wrapped download link goes on over, its closing quote on the last: passed over with the link.)
  let linkGoesOnUntil = -1;
  for (const [at, line] of lines.entries()) {
    const page = pages.get(line.no);
    if (page === undefined) {
      if (at <= linkGoesOnUntil) continue;
      // (The page title that the download link repeats is read as the link's title is, in its place; the link is
      // passed over then.)
      const link = line === repeatedTitle?.line ? undefined : downloadTitleAt(lines, at);
      if (link) linkGoesOnUntil = link.last;
      const title = line === repeatedTitle?.line ? repeatedTitle.title : link?.title;
      if (title && repeatedTitle && line !== repeatedTitle.line) continue;
      // (A head table's capital labels in a row, `capital-label-row.ts`, in the viewer's title as on the page.)
      if (title) for (const titleLine of title.split(DOWNLOAD_TITLE_LINE_JOIN).flatMap(withCapitalLabelRow)) out.push(textLine(line.no, titleLine));
      else if (!TRANSCRIPT_CHROME.test(line.text)) {
        const row = capitalLabelRowLines(line.text);
        if (row) for (const rowLine of row) out.push(textLine(line.no, rowLine));
        else out.push(line);
      }
      continue;
    }
    const pieces = withLabelRowValues(
      withPartyForLogin(line.text.slice(page))
        .split(PAGE_CUT)
        .flatMap(withCapitalLabelRow)
        .flatMap(splitLabelFromText)
        .flatMap(bareLabelRow)
        .flatMap(verdictOffAbsenceList)
        .map((piece) => piece.replace(FURNITURE_START, ''))
        .filter((piece) => piece.length > 0),
      printedElsewhere,
    );
    for (const [index, piece] of pieces.entries()) {
      const sub = textLine(line.no, piece);
      out.push(index === 0 ? withPageBreak(sub) : sub);
    }
  }
  return out;
}

/** How far down the viewer's download link stands: under the title and a few lines of chrome. */
const DOWNLOAD_LINK_REACH = 12;

/**
 * The viewer's page title over its chrome, when the download link below carries a title joined from several lines: the
 * same title, which the page's copy may have cut shorter (Aalborg's `Mødet den , kl. 15:00` where the link has `Mødet den
 * 25.06.2014, kl. 15:00`; Fredensborg's without its hour). The link's title is read in the page title's place, cut into
 * its lines (`DOWNLOAD_TITLE_LINE_JOIN`); as one line, the labels of its last lines (`... Byrådssalen Ebeltoft.
 * Medlemmer. Fraværende`) would run into its place. A title of one line is read where it stands.
 */
function titleRepeatedForDownload(lines: readonly SourceLine[]): { line: SourceLine; title: string } | undefined {
  const first = lines.find((line) => !line.blank);
  if (!first) return undefined;
  for (let index = 0; index < Math.min(lines.length, DOWNLOAD_LINK_REACH); index++) {
    const title = downloadTitleAt(lines, index)?.title;
    if (title) return lines[index] !== first && DOWNLOAD_TITLE_LINE_JOIN.test(title) ? { line: first, title } : undefined;
  }
  return undefined;
}

/** How many lines a re-wrapped download link may go on over. */
const DOWNLOAD_LINK_WRAPS = 3;

/**
 * The download link's title at a line, and the index of the link's last line: a link whose quote stays open on its line
 * was re-wrapped (`Download "Økonomiudvalget. Referat. mandag` / `den 3. marts 2008 ... mødelokale"`), its title joined
 * from the lines up to the one its quote closes on (none of them blank); without a closing quote, the line alone.
 */
function downloadTitleAt(lines: readonly SourceLine[], index: number): { title: string; last: number } | undefined {
  const text = lines[index]!.text;
  const title = DOWNLOAD_TITLE.exec(text)?.groups!.title;
  if (!title) return undefined;
  if (text.trimEnd().endsWith('"')) return { title, last: index };
  const parts = [title];
  for (let next = index + 1; next < lines.length && next <= index + DOWNLOAD_LINK_WRAPS && !lines[next]!.blank; next++) {
    const part = lines[next]!.text.trim();
    if (part.endsWith('"')) return { title: [...parts, part.slice(0, -1).trimEnd()].join(' '), last: next };
    parts.push(part);
  }
  return { title, last: index };
}

function holdsLineOfLength(lines: readonly SourceLine[], length: number): boolean {
  for (let index = 0; index < lines.length; index++) if (lines[index]!.text.length >= length) return true;
  return false;
}

/** A page line starts with its number (from the pattern): other lines are not matched against it. */
const mayStartPage = mayStartLike([PAGE_NUMBER]);

/**
 * Members printed with their logins, `Lise Dam (lida) A`, as the usual `Lise Dam (A)`, and the bare labels after them
 * with their colons (see `LOGIN_THEN_PARTY`, `BARE_LABEL_AFTER_MEMBERS`).
 */
function withPartyForLogin(page: string): string {
  if (!page.includes(LOGIN_KEY)) return page;
  const read = page.replace(LOGIN_THEN_PARTY, ' ($1)');
  return read === page ? page : read.replace(BARE_LABEL_AFTER_MEMBERS, '$1:');
}

function withCapitalLabelRow(piece: string): string[] {
  return capitalLabelRowLines(piece) ?? [piece];
}

/**
 * A row of labels without colons before their values (`Sted Medlemmer Fraværende <værdier> Bemærkninger`): the labels
 * with their colons, each a piece, the values on the last, as a transcript of a head with colons gives them
 * (`label-row-values.ts` cuts the run into one value a label); the text before the row and the closing label apart.
 */
function bareLabelRow(piece: string): string[] {
  // (A cheap look first: the row's first labels.)
  if (!piece.includes('Sted ') && !piece.includes('Medlemmer ') && !piece.includes('Deltagere ')) return [piece];
  const row = BARE_LABEL_ROW.exec(piece);
  if (!row) return [piece];
  const labels = row[1]!.split(/\s+/u);
  const before = piece.slice(0, row.index).trim();
  const values = piece.slice(row.index + row[0].length);
  const closing = ROW_CLOSING_LABEL.exec(values);
  return [
    ...(before ? [before] : []),
    ...labels.slice(0, -1).map((label) => `${label}:`),
    `${labels[labels.length - 1]}: ${closing ? values.slice(0, closing.index) : values}`,
    ...(closing ? [closing[1]!] : []),
  ];
}

function splitLabelFromText(piece: string): string[] {
  // A decision block whose date the transcript lost (`Beslutning i Erhvervsudvalget den Godkendt.`) is a label with its
  // colon, as such a label is read (`vocabulary/section-labels.ts`), its text after it on the line.
  const undated = UNDATED_DECISION_START.exec(piece);
  if (undated) return [`${undated[0]}:${piece.slice(undated[0].length)}`];
  const label = LABEL_THEN_TEXT.exec(piece) ?? CONTENTS_THEN_TEXT.exec(piece);
  if (!label) return [piece];
  const rest = piece.slice(label[0].length);
  return rest ? [label[1]!, rest] : [label[1]!];
}

/**
 * The page lines and where their text starts: lines numbered 1, 2, 3 ... in order (at least two of them),
 * long ones among them. A numbered list inside ordinary text is made of short lines.
 */
function pageLines(lines: readonly SourceLine[]): Map<number, number> {
  const pages = new Map<number, number>();
  let expected = 1;
  let long = 0;
  let length = 0;
  for (const [index, line] of lines.entries()) {
    // (A page with no text, its number alone on the line, `2` between pages 1 and 3: the run goes on after it.)
    if (expected > 1 && line.text === String(expected)) {
      expected++;
      continue;
    }
    const match = line.text.length > 2 && mayStartPage(line.text) ? PAGE_NUMBER.exec(line.text) : null;
    if (!match || Number(match.groups!.page) !== expected) continue;
    if (line.text.length < RUN_TOGETHER_PAGE_LENGTH && !pageOrEndAfter(lines, index, expected + 1)) continue;
    pages.set(line.no, match[0].length);
    if (line.text.length >= RUN_TOGETHER_PAGE_LENGTH) long++;
    length += line.text.length;
    expected++;
  }
  // Numbered headings and lists are short lines; pages are long: one at least, and half that long on average.
  if (long === 0 || length < (pages.size * RUN_TOGETHER_PAGE_LENGTH) / 2) pages.clear();
  if (pages.size === 0 && lines.length <= SINGLE_PAGE_LINES + VIEWER_LINES_AT_MOST && documentLines(lines) <= SINGLE_PAGE_LINES) singlePage(lines, pages);
  return pages;
}

/**
 * A short page has the next page's line or the text's end after it, or goes on on the next line (wrapped again): a
 * numbered heading with the item's text on lines under it, apart by a blank line (Gentofte's `2 Åbent Forslag til ...` / `053164-2013` / `Resumé`, after a contents list run into one long line
 * that numbers itself `1 ...`) is no page of a transcript.
 */
function pageOrEndAfter(lines: readonly SourceLine[], index: number, next: number): boolean {
  // (A page wrapped again by a later tool goes on on the next line: its text, no blank line between.)
  if (index + 1 < lines.length && !lines[index + 1]!.blank) return true;
  let after = index + 1;
  while (after < lines.length && lines[after]!.blank) after++;
  if (after === lines.length) return true;
  const text = lines[after]!.text;
  return text === String(next) || Number(PAGE_NUMBER.exec(text)?.groups!.page) === next;
}

/** A transcript of one page without its page number is a text of this many lines at most (its title, chrome, the page). */
const SINGLE_PAGE_LINES = 3;
/** The viewer's own lines (`TRANSCRIPT_CHROME`: docslib's page count and file type) are not counted among them. */
const VIEWER_LINES_AT_MOST = 3;

function documentLines(lines: readonly SourceLine[]): number {
  let count = 0;
  for (const line of lines) if (!line.blank && !TRANSCRIPT_CHROME.test(line.text)) count++;
  return count;
}

/**
 * A whole page transcribed as one line without a page number (abcdocz: `Teknik- og Miljøudvalget Referat Dato 06. maj
 * 2015 ... Indholdsfortegnelse ...`): the one long line of a text of at most a few lines, when it holds a head label
 * and the contents heading (prose is no page).
 */
function singlePage(lines: readonly SourceLine[], pages: Map<number, number>): void {
  const long = lines.filter((line) => line.text.length >= 2 * RUN_TOGETHER_PAGE_LENGTH);
  if (long.length !== 1) return;
  const page = long[0]!;
  if (SINGLE_PAGE_CONTENTS.test(page.text) && SINGLE_PAGE_HEAD.test(page.text)) pages.set(page.no, 0);
}

// (Also a list introduced as the cases dealt with, over its column headers: `Følgende sager behandles: Pkt. Tekst Side`.)
const SINGLE_PAGE_CONTENTS = /\b(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Følgende sager behandles:?\s+Pkt\.\s+Tekst\s+Side)\b/u;
const SINGLE_PAGE_HEAD = /\b(?:Mødedato|Dato|Mødetidspunkt)\b/u;
