import { assertReadableText, warnAboutReplacementCharacters } from './input-guard.js';
import { applyPostponementAtLastMeeting } from './last-meeting-postponement.js';
import { parseItemBody, type ItemHeadingRead } from './item-body.parser.js';
import { findItemSpans, type ContentsEntry, type ItemSpan } from './item-spans.js';
import { detectLayout } from './layout-detector.js';
import { callersSourceUrl, clock, completeMeeting, findSourceUrl, type GivenSource, parseMeetingHead, readMeetingPartStatedAnywhere, readMeetingStatedAnywhere, type BodiesInItems } from './meeting-head.parser.js';
import { ATTENDANCE_SENTENCES_OPENER, MEETING_TIMES_OPENER } from './vocabulary/attendance.js';
import { MEETING_BEGAN_SENTENCE } from './vocabulary/head-labels.js';
import { findMunicipality } from './municipality.recogniser.js';
import type { ParsedItem, ParsedMeeting, ParsedMinutes, ParsedParticipant, ReferencedMeeting } from './parsed-minutes.types.js';
import { meetingOfDecisionSections } from './decision-blocks.js';
import { titleKeyOf } from './title-key.js';
import { withEarlierNoteOffTitle } from './title-earlier-note.js';
import { absencesMovedToNamedItems, awayFromEveryItem } from './item-range-absences.js';
import { absencesSpelledAsListed } from './listed-spellings.js';
import { absencesStatedInItems, withAbsencesStatedInItems, withCalledInSubstitutes, withPartialPresenceInDecisions, withStoodInSubstitutes } from './meeting-absences.js';
import { findDanishDate } from './danish-date.js';
import { readSectionHeading } from './section-heading.js';
import { ROUTED_MEETING } from './vocabulary/decision-blocks.js';
import { readAttendanceStatement } from './attendance.recogniser.js';
import { expandAbbreviation, isAbbreviation } from './body-name.js';
import { BODY_WORD } from './vocabulary/bodies.js';
import { stripNoise, type DroppedLine } from './prepass/strip-noise.js';
import { withoutTitleTrailingMarks } from './title-trailing-marks.js';
import { withColumnedContentsNumbered } from './contents-columns.js';
import { linesInColumnOrder } from './column-bands.js';
import { withSeatedSubstitutes } from './seated-substitutes.js';
import { headAmongItsFurniture } from './head-among-furniture.js';
import { splitSideBySideNames } from './side-by-side-names.js';
import { glueTraitsOf, unglueLines } from './prepass/unglue.js';
import { rejoinRewrappedRuns } from './prepass/rewrapped-runs.js';
import { readTrailingLabels } from './prepass/trailing-labels.js';
import { numberOneEntryLists } from './prepass/one-entry-lists.js';
import { joinStackedMemberEntries, mayHoldStackedMembers } from './prepass/stacked-member-entries.js';
import { splitRunOnAgendaLists } from './prepass/run-on-agenda-lists.js';
import { LineCensus } from './prepass/line-census.js';
import { writtenText } from './prepass/written-text.js';
import { oneBytePieceOf } from './one-byte-runs.js';
import { withFourDigitYears } from './prepass/two-digit-years.js';
import { segmentTranscribedPages } from './prepass/segment-pages.js';
import { readTabTables } from './prepass/tab-table.js';
import { readTabLabelRows } from './prepass/tab-label-rows.js';
import { readCellTables } from './prepass/cell-table.js';
import { readCellContents } from './prepass/cell-contents.js';
import { readMarkdownExport } from './prepass/markdown-export.js';
import { mayHoldBoxTables, readBoxTables } from './prepass/box-tables.js';
import { mayHoldGridTables, readGridTables } from './prepass/grid-tables.js';
import { readMailMessage } from './prepass/mail-message.js';
import { readScreenReaderLog } from './prepass/screen-reader-log.js';
import { readDecisionOverview } from './prepass/decision-overview.js';
import { mayHoldDecisionOverview } from './vocabulary/table-columns.js';
import { mayBeScreenReaderLog } from './vocabulary/screen-reader.js';
import { readLabelColumnRuns } from './prepass/label-column-runs.js';
import { mayHoldLabelColumnRuns } from './vocabulary/page-transcripts.js';
import { readColonMarginLabels } from './prepass/colon-margin-labels.js';
import { mayShowColonGap } from './prepass/column-view.js';
import { readMarginLabels } from './prepass/margin-labels.js';
import { readOutlineSections } from './prepass/outline-sections.js';
import { readDecisionOneLiners } from './prepass/decision-one-liners.js';
import { readDefinitionListItems } from './prepass/definition-list.js';
import { readDelimitedTable } from './prepass/delimited-table.js';
import { readFileNameLine } from './prepass/file-name-line.js';
import { readLostHeadDateFromAgendaTitle, readUnusualHeadDate } from './unusual-head-dates.js';
import { readBodyNamedByItsFields } from './field-named-body.js';
import { isBareClassification, readBracketedCaseNumber, readCaseNumberOfLine, readWholeCaseNumberOfAnyScheme } from './case-number.js';
import { cleanBodyName, endsWithBodyWord, sameBody } from './body-name.js';
import { splitSourceLines, traitsOf, type SourceLine } from './source-line.js';
import { findItemSpansOfUnknownStyle } from './unknown-heading-items.js';
import { findUntitledItemSpans, remainingTextAsOneItem, titleOfOneUntitledItem } from './untitled-items.js';
import { itemsListedInContentsOnly } from './contents-only-items.js';
import { splitTitleRunItems } from './title-run-items.js';
import { withoutContentsPageNumbers } from './contents-page-numbers.js';
import { restoreNumbersFromContents } from './unnumbered-items.js';
import { itemsListedAsBulletsOnly } from './bulleted-agenda-items.js';
import { readMembersAfterAgenda } from './members-after-agenda.js';
import { itemsOfAnnouncedAgenda } from './announced-agenda-items.js';
import { itemsOfParagraphAgenda } from './paragraph-agenda-items.js';
import { CONTENTS_LEADER, CONTENTS_LIST_WORDS } from './vocabulary/contents-lists.js';
import { holdsWord } from './whole-text-search.js';
import { withTitlesAsContentsPrintThem } from './titles-as-contents-print-them.js';
import { readBodyFromRecommendations, readMeetingFromAgendaApproval } from './meeting-from-item-text.js';
import { readBodyOfKindOnlyHead } from './kind-only-head-body.js';
import { readMeetingCancellation } from './meeting-cancellation.js';
import { WarningCollector } from './warning-collector.js';

/**
 * A meeting's date label with its value (`Mødedato: 25.02.2016`, `Dato: tirsdag den 3. marts 2015`): where a head printed
 * after the items starts.
 */
const DATE_LABEL_WITH_VALUE = /^(?:mødedato|dato)\s*:\s*(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d/iu;
/** A labelled line over that label (`Udvalg: <organ>`) may be longer than a title line. */
const LABELLED_LINE = /^[\p{L} ]{2,30}:\s+\S/u;
/** How many short lines (municipality, document kind, body) may stand over that label in such a head. */
const TITLE_LINES_OVER_DATE = 4;

/**
 * The head of a document whose front page was extracted last (Læsø: the items, the signatures, `Mødet hævet`, and
 * only then `Læsø Kommune` / `Referat` / `Kommunalbestyrelsen` / `Mødedato: ...`): asked only when nothing before
 * the first item dates the meeting (or names its body), of the last item's lines; taken only when it reads what the
 * head before the items lacked. The head is taken out of that item's span.
 */
function headPrintedAfterItems(lines: readonly SourceLine[], last: ItemSpan, warnings: WarningCollector, lacking: 'date' | 'body'): ReturnType<typeof parseMeetingHead> | undefined {
  let start = -1;
  for (let index = last.bodyStart; index < last.end; index++) {
    const line = lines[index]!;
    if (!line.blank && DATE_LABEL_WITH_VALUE.test(line.plain)) {
      start = index;
      break;
    }
  }
  if (start < 0) return undefined;
  // (Under a decision's label, `Beslutning fra Integrationsrådet` / `Dato:` / `Sted:` / `Fraværende:`, the lines are
  // that decision's record, read with it: no head.)
  let labelAbove = start - 1;
  while (labelAbove >= last.bodyStart && lines[labelAbove]!.blank) labelAbove--;
  if (labelAbove >= last.bodyStart && readSectionHeading(lines[labelAbove]!)?.kind === 'decision') return undefined;
  for (let above = 0; above < TITLE_LINES_OVER_DATE; above++) {
    const previous = lines[start - 1];
    if (!previous || previous.blank || start - 1 < last.bodyStart || (previous.plain.length > 40 && !LABELLED_LINE.test(previous.plain)) || /[.:]$/u.test(previous.plain)) break;
    start--;
  }
  const checkpoint = warnings.checkpoint();
  const late = parseMeetingHead(lines.slice(start, last.end), warnings);
  if (!late.meeting.date || !late.meeting[lacking]) {
    // (Lines of an item that only looked like a head: their warnings are not the document's.)
    warnings.discard(checkpoint);
    return undefined;
  }
  last.end = start;
  return late;
}

/** How many pages' running heads or footers name a municipality before it is taken for the publisher. */
const RUNNING_NAME_PAGES = 2;

/** The lines the pre-pass dropped as a page's running head or foot. */
const pageFurniture = (dropped: readonly DroppedLine[]) => dropped.filter((line) => line.kind === 'page-furniture').map((line) => line.line);

/**
 * Turns the text of a referat into a structured meeting. Pure: no I/O, no clock, no randomness.
 *
 * A pre-pass normalises the lines (line endings, odd spaces, soft hyphens, form feeds), splits what exports
 * glue together and drops noise (page furniture, counters, contents lists, web chrome), keeping every line's
 * original number. Then items are found in whichever numbering style the document uses, the head is read,
 * and each item's body is read with the meeting's date, so that the decision block of this meeting is told
 * from earlier treatments.
 *
 * Throws `ParseError` only for input that is not text (empty, binary). Everything else is parsed as far as
 * it can be read, and what could not be read is reported in `warnings` with its line number; no fact is
 * invented and no section is dropped without a warning.
 *
 * `given.sourceUrl`: the address the caller fetched the text from, read as a `Source URL:` line would be (the
 * municipality of its host, a headless meeting's body and date from its last segment) when the text has none.
 */
export function parseMinutes(text: string, documentName: string, given: GivenSource = {}): ParsedMinutes {
  assertReadableText(text, documentName);
  const warnings = new WarningCollector();
  // Extraction artefacts removed, OCR's misreadings read back; an old protocol's two-digit years written in full.
  // (Stored one byte a character when the passes removed every character past Latin-1 the text held, PDF bullets and
  // ligatures: what `replace` makes of a two-byte string stays two-byte, and so would every line cut from it.)
  const written = oneBytePieceOf(withFourDigitYears(writtenText(text)), text);
  // Asked once of the whole text, for the line splitting and the unglueing.
  const traits = traitsOf(written, true);
  const source = splitSourceLines(written, traits);
  if (text.includes('\ufffd')) warnAboutReplacementCharacters(source, warnings);
  const printedUrl = findSourceUrl(source);
  const urlLines = new Set<number>(printedUrl ? [printedUrl.line, ...(printedUrl.labelLine ? [printedUrl.labelLine] : [])] : []);
  const sourceUrl = printedUrl ?? callersSourceUrl(given);
  const unhidden = urlLines.size > 0 ? source.filter((line) => !urlLines.has(line.no)) : source;
  // (A screen reader's speech log only where the text holds a heading announcement's words: most texts are none.)
  // (Tables drawn with box characters only where the text holds a drawing's corners: most texts hold none.)
  const unboxed = mayHoldBoxTables(written) ? readBoxTables(unhidden) : unhidden;
  // (A plain-text writer's grid and simple tables only where the text holds such a rule: most texts hold none.)
  const ungridded = mayHoldGridTables(written) ? readGridTables(unboxed) : unboxed;
  const spoken = mayBeScreenReaderLog(written) ? readScreenReaderLog(ungridded) : ungridded;
  // (Decisions gathered in a table after the items only where a head row's last column name follows a run of spaces.)
  const decided = mayHoldDecisionOverview(written, traits.oddSpaces || traits.tab) ? readDecisionOverview(spoken) : spoken;
  // (Two-column tables extracted a column at a time only where a label line stands right over `Beslutning:`.)
  const paired = mayHoldLabelColumnRuns(written) ? readLabelColumnRuns(decided) : decided;
  // (The column readers are told whether the text holds odd spaces or tabs: only then is a line measured otherwise than as written.)
  // (What the whole-text passes below ask of each line before they read it, asked of every line once: see `line-census.ts`.
  // A pass asks it only of the lines it was taken of; after a pass that wrote lines of its own, they walk the lines.)
  const census = new LineCensus(paired, traits);
  const exported = readMarkdownExport(splitRunOnAgendaLists(numberOneEntryLists(readMailMessage(readFileNameLine(readDelimitedTable(paired))), census), census), census);
  // (Colon labels in a margin only where a colon in the text has a gap after it, six texts in ten have none; lines a pass
  // above wrote are read whatever the text holds.)
  const margined = exported !== unhidden || mayShowColonGap(written, traits) ? readColonMarginLabels(exported, traits) : exported;
  // (A contents table one cell a line, `Pkt.` / `Tekst` / `Side`, one row a line: before the contents readers, which read these lines.)
  const defined = readCellContents(readDefinitionListItems(segmentTranscribedPages(margined, census)));
  // (A numbered item's one line splits only at an en or em dash: where the lines are the text's own and it holds none,
  // only the `Pkt.` lines are read first. Dashes are written by the artefact pass before the split, by none after it.)
  const laidOut = readOutlineSections(readDecisionOneLiners(defined, defined !== unhidden || holdsTitleDecisionDash(written), census), census);
  // (Headings that lost their numbers get them back from a contents list that runs their titles together: only where
  // the text holds a list's heading.)
  const headed = mayHoldContentsList(written);
  const numbered = headed ? restoreNumbersFromContents(laidOut) : laidOut;
  // (Tables of tab-joined cells only where a line can hold a tab: the text holds one, or a pass above wrote lines of its
  // own (a Markdown table's cells are joined by tabs). Lines as split from a text without tabs hold none: each pass
  // above hands on the lines it was given where it reads nothing.)
  const tabbed = traits.tab || numbered !== unhidden ? readTabTables(numbered) : numbered;
  // (A Word table of labels and values saved as text, `Beslutning<TAB>Godkendt.`: only where the text holds a tab.)
  const labelled = traits.tab ? readTabLabelRows(tabbed) : tabbed;
  // (A flipbook's run-together paragraphs wrapped again by a later tool are joined back first, for the unglueing.)
  const cleaned = stripNoise(unglueLines(rejoinRewrappedRuns(readMarginLabels(readCellTables(labelled), traits, census), census), glueTraitsOf(written, traits)));
  // (Labels a print's label column drew after their values put back before them: only where several items end in one.)
  // (A contents list extracted column by column, its numbers over its titles: row by row again.)
  let lines = withColumnedContentsNumbered(readTrailingLabels(cleaned.lines, cleaned.digitOrPOpened));
  // (Members printed as stacks of name, role and party lines: only where a party letter stands alone on a line.)
  if (mayHoldStackedMembers(written)) lines = joinStackedMemberEntries(lines);

  const beforeScan = warnings.checkpoint();
  let scan = findItemSpans(lines, cleaned.contentsTitles, warnings);
  // A two-column print read band by band: its lines in reading order, and read again (`column-bands.ts`).
  const inColumnOrder = linesInColumnOrder(lines, scan.spans);
  if (inColumnOrder) {
    warnings.discard(beforeScan);
    lines = inColumnOrder;
    scan = findItemSpans(lines, cleaned.contentsTitles, warnings);
  }
  const ofUnknownStyle = findItemSpansOfUnknownStyle(scan.spans, lines, warnings, beforeScan, scan.contents);
  if (ofUnknownStyle) {
    scan.spans.splice(0, scan.spans.length, ...ofUnknownStyle.spans);
    scan.contents.splice(0, scan.contents.length, ...ofUnknownStyle.contents);
    scan.repeatedHeadings.clear();
  }
  if (scan.spans.length === 0) scan.spans.push(...findUntitledItemSpans(lines, warnings));
  if (scan.spans.length === 0) scan.spans.push(...remainingTextAsOneItem(lines, warnings));
  const spans = scan.spans;
  withoutContentsPageNumbers(spans, lines);
  const casesBefore = caseNumbersBeforeHeadings(lines, spans);
  const firstHeading = spans[0] ? spans[0].headingIndex : lines.length;
  const headEnd = casesBefore.get(0)?.index ?? firstHeading;
  let head = parseMeetingHead(lines.slice(0, headEnd), warnings);
  // (Also where the lines before the first item dated something but named no body: a contents title's or an agenda
  // line's date is no meeting's, and a head after the items that names both is the document's.)
  if ((!head.meeting.date || !head.meeting.body) && spans.length > 0) head = headPrintedAfterItems(lines, spans[spans.length - 1]!, warnings, head.meeting.date ? 'body' : 'date') ?? head;
  if (!head.meeting.date) head = headAmongItsFurniture(lines.slice(0, headEnd), pageFurniture(cleaned.dropped), lines[headEnd]?.no ?? Infinity, warnings) ?? head;
  if (!head.meeting.date) readMeetingFromDecisionSections(head.meeting, lines);
  // (The head's date in a form looked for nowhere else: ISO, a two-digit year, a month hyphenated, a weekday without a year.)
  if (!head.meeting.date) readUnusualHeadDate(head.meeting, lines.slice(0, headEnd), written);
  // (A head field's date a transcript dropped, its weekday left: the agenda-approval title's day and month.)
  if (!head.meeting.date) readLostHeadDateFromAgendaTitle(head.meeting, lines.slice(0, headEnd), written);

  const items: ParsedItem[] = spans.map((span, index) => {
    const end = casesBefore.get(index + 1)?.index ?? span.end;
    const cutAfter = caseNumberCutAfterHeading(lines, span, end);
    const slice = lines.slice(cutAfter ? span.bodyStart + 1 : span.bodyStart, end);
    const body = scan.repeatedHeadings.size > 0 ? slice.filter((_line, offset) => !scan.repeatedHeadings.has(span.bodyStart + offset)) : slice;
    const item = parseItemBody(span.heading, body, warnings, head.meeting);
    withCaseNumberOffTitle(item, span.heading, span.headingLine.no);
    withEarlierNoteOffTitle(item, head.meeting.body, span.headingLine.no);
    // (A bare KLE classification the body read gives way to the number printed by the heading.)
    if (cutAfter && (item.caseNumber === undefined || isBareClassification(item.caseNumber))) {
      item.caseNumber = cutAfter.value;
      item.caseNumberLine = span.headingLine.no;
    }
    const before = casesBefore.get(index);
    if (before && (item.caseNumber === undefined || isBareClassification(item.caseNumber))) {
      item.caseNumber = before.value;
      item.caseNumberLine = before.line;
    }
    return item;
  });
  adoptCaseNumbersReadBeforeHeadings(items, spans, lines, casesBefore);
  withTitlesAsContentsPrintThem(items, cleaned.contentsTitles, scan.contents);

  addItemsListedOnlyInContents(items, scan.contents, warnings);
  // A document that holds its contents list and not every item's text (a transcript of the first pages, an excerpt):
  // the list's entries after the last item read. Only where a list's heading stands (one native search each).
  // (Where the only item is the text read as one untitled item for want of headings, the list's entries are the items.)
  // (A text read as one untitled item may hold its agenda list without a heading: read headless then.)
  const untitledOnly = items.length > 0 && items.every((item) => item.number === undefined && !item.title && !item.decision);
  // (Numbered items read may stand under an agenda list without a heading, the text cut after them: the list then
  // lists them too, number and title, `contents-only-items.ts` asks.)
  if (headed || untitledOnly || items[0]?.number !== undefined) {
    const listed = itemsListedInContentsOnly(laidOut, warnings, untitledOnly ? [] : items, !headed);
    // (Entries numbered before the first item read, `contents-only-items.ts`'s leading entries, go before it.)
    if (!untitledOnly) {
      // (An unnumbered entry, a list numbered by its pages only, goes after them.)
      const first = items[0]?.number ?? -1;
      const before = (item: ParsedItem) => item.number !== undefined && item.number < first;
      items.splice(0, 0, ...listed.filter(before));
      items.push(...listed.filter((item) => !before(item)));
    }
    else if (listed.length >= 2) items.splice(0, items.length, ...listed);
  }
  // (A heading read from a contents line whose later numbers were lost holds the run of titles: the items it lists.)
  splitTitleRunItems(items, warnings);
  // (Notes in prose: the agenda inside a paragraph after `Dagsorden:`, the decisions as `Ad. N)` notes after it; the
  // one untitled item may have taken a note for its decision; or no item was read, the paragraph taken for a head.)
  if (items.length === 0 || (items.length === 1 && items[0]!.number === undefined && !items[0]!.title)) {
    const paragraph = itemsOfParagraphAgenda(laidOut, warnings);
    if (paragraph.length > 0) items.splice(0, items.length, ...paragraph);
  }
  // (A meeting's announcement, its agenda bulleted under `Åbent møde:` / `Lukket møde:` without numbers: the entries.)
  // (Also where no item was read at all, the whole text taken for a head.)
  if (items.length === 0 || (untitledOnly && items.length === 1)) {
    const announced = itemsOfAnnouncedAgenda(laidOut, warnings);
    if (announced.length > 0) items.splice(0, items.length, ...announced);
  }
  // (A meeting page's agenda in bullets without numbers over the first items' texts: the entries after them.)
  if (!headed && !untitledOnly && items.length > 0 && items[0]!.number === 1) items.push(...itemsListedAsBulletsOnly(laidOut, items, warnings));
  titleOfOneUntitledItem(items, head.trailingUnread);
  withoutTitleTrailingMarks(items);
  absencesMovedToNamedItems(items);
  absencesSpelledAsListed(items, head.participants);
  const statedInItems = head.participants.length > 0 ? withAbsencesStatedInItems(head.participants, items) : attendanceStatedInDecision(items);
  // (A meeting page's members after its agenda, `Medlemmer` / `• A: Deltog`: only where nothing above named anyone.)
  const stated = statedInItems.length === 0 && items.every((item) => item.absences.length === 0) ? readMembersAfterAgenda(laidOut) : statedInItems;
  if (!head.meeting.startTime) readTimesStatedInDecision(head.meeting, items);
  const participants = awayFromEveryItem(oncePerPresentMember(withPartialPresenceInDecisions(withSeatedSubstitutes(withStoodInSubstitutes(withCalledInSubstitutes(stated.length > 0 ? splitSideBySideNames(stated, items) : absencesStatedInItems(items), items), items), items), items)), head.awayForItems ?? [], items);
  expandBodyAbbreviations(items, head.meeting.body, lines);
  spellBodiesWithTheirLetters(items, head.meeting.body);
  recommendToDecidingBody(items, head.meeting.body);
  const bodies: BodiesInItems = {
    blocks: () => items.flatMap((item) => (item.decision?.body && item.decision.date ? [{ body: item.decision.body, date: item.decision.date, line: item.decision.line }] : [])),
    named: () => items.flatMap((item) => [
      ...(item.decidingBody ? [item.decidingBody] : []),
      ...item.earlierTreatments.map((treatment) => treatment.body),
      ...item.course.map((entry) => entry.body),
    ]),
  };
  if (!head.meeting.body && head.meeting.date) readBodyFromRouting(head.meeting, items);
  if (!head.meeting.body || !head.meeting.date) readMeetingFromAgendaApproval(head.meeting, items);
  if (!head.meeting.body && head.meeting.date) readBodyFromRecommendations(head.meeting, items);
  const furniture = pageFurniture(cleaned.dropped);
  completeMeeting(head.meeting, furniture, bodies, sourceUrl, warnings);
  const printedBody = head.meeting.body;
  spellBodyAsItemsDo(head.meeting, bodies, furniture);
  // An earlier meeting of this body told in prose (`udvalgets møde den ...`) was named as the head printed it.
  if (printedBody && head.meeting.body !== printedBody) {
    for (const item of items) for (const treatment of item.earlierTreatments) if (treatment.body === printedBody) treatment.body = head.meeting.body!;
  }
  // (With the meeting's body as it is finally read: the head alone may not name it, a page's furniture does.)
  for (const item of items) applyPostponementAtLastMeeting(item, head.meeting.body);
  if (!head.meeting.body || !head.meeting.date) readMeetingStatedAnywhere(head.meeting, source);
  // (A head parted: one of them stated alone elsewhere, a date in a sentence about the meeting, a body as a page's head.)
  if (!head.meeting.body || !head.meeting.date) readMeetingPartStatedAnywhere(head.meeting, source);
  // (A committee named by its fields alone, `Forebyggelse og Idræt`, over the meeting's date line or before it on one.)
  if (!head.meeting.body && head.meeting.date) readBodyNamedByItsFields(head.meeting, lines.slice(0, headEnd), furniture, written);
  // (A head naming the body's kind alone, `Kommissionsmøde <dato>`: the text names the body in full.)
  if (!head.meeting.body && head.meeting.date) readBodyOfKindOnlyHead(head.meeting, source);

  if (items.length === 0) {
    // A referat of a cancelled meeting has no items for a reason it states; anything else without items is no minutes.
    const cancelled = readMeetingCancellation(lines);
    if (cancelled) head.meeting.cancelled = cancelled;
    else warnings.add(0, 'no-items', 'No agenda item headings (Punkt N) found');
  }
  const contentsEntries = cleaned.contentsTitles.length + scan.contents.length;
  if (contentsEntries > 0 && contentsEntries !== items.length && items.length > 0) {
    warnings.add(
      head.contentsLine ?? scan.contents[0]?.line ?? 0,
      'toc-mismatch',
      `Indholdsfortegnelse lists ${contentsEntries} item(s) but ${items.length} were found (truncated document?)`,
    );
  }
  checkOutcomesAgainstDecidingBody(items, head.meeting.body, warnings);
  // A municipality named only in the pages' running head or footer (`Helsingør Kommune - <organ> - <dato>`) is named too;
  // one such head or footer repeated on the pages names the publisher, before another municipality an item's text names
  // (`et samarbejde med Middelfart Kommune`).
  const named = findMunicipality(lines, sourceUrl);
  const running = named?.source === 'source-url' ? undefined : findMunicipality(furniture, undefined, RUNNING_NAME_PAGES);
  const municipality = running ?? named ?? findMunicipality(furniture, undefined);
  if (municipality?.formerName) {
    warnings.add(
      municipality.line,
      'municipality-former-name',
      `The text names ${municipality.formerName} Kommune, a municipality before the reform of 2007: read as its successor, ${municipality.name}`,
    );
  }
  const noiseLines = cleaned.dropped.length;

  return {
    document: {
      name: documentName,
      lineCount: source.length,
      layout: detectLayout(spans.map((span) => span.headingLine)),
      ...(sourceUrl ? { sourceUrl: sourceUrl.url, sourceUrlLine: sourceUrl.line } : {}),
    },
    meeting: head.meeting,
    ...(municipality ? { municipality } : {}),
    ...(noiseLines > 0 ? { noiseLines } : {}),
    participants,
    items,
    referencedMeetings: collectReferencedMeetings(items, head.meeting.date),
    warnings: warnings.sorted(),
  };
}

/**
 * A body printed in capitals in the head (`ØKONOMIUDVALG`) is named as the items print the same name (`Økonomiudvalg
 * den 14. oktober 2014`): asked only of a name in capitals.
 */
function spellBodyAsItemsDo(meeting: ParsedMeeting, bodies: BodiesInItems, furniture: readonly SourceLine[]): void {
  const body = meeting.body;
  if (!body || body !== body.toUpperCase() || body === body.toLowerCase()) return;
  const key = body.toLowerCase();
  const spelled = [...bodies.blocks().map((block) => block.body), ...bodies.named()].find((name) => name !== name.toUpperCase() && name.toLowerCase() === key);
  // Else as the pages' running head spells it (`Erhvervs- og Fritidsudvalget 25. september 2008 Side: 2`).
  const headed = spelled ?? furniture.map((line) => line.text.slice(0, body.length)).find((start) => start !== start.toUpperCase() && start.toLowerCase() === key);
  if (headed) meeting.body = headed;
}

/** No date in the head: the dated block in the items' `Beslutning` sections names the meeting, read before the items are. */
function readMeetingFromDecisionSections(meeting: ParsedMeeting, lines: readonly SourceLine[]): void {
  const own = meetingOfDecisionSections(lines);
  if (!own || (meeting.body && !sameBody(meeting.body, own.body))) return;
  meeting.date = own.date;
  meeting.body ??= own.body;
  if (own.place) meeting.location ??= own.place;
  if (meeting.source === 'none') {
    meeting.source = 'head';
    meeting.line = own.line;
  }
}

/**
 * A head with the date but no committee (Thisted's web template): the items' routing field names the bodies
 * that treat the case and when; the body routed on the meeting's date, the same in every item, is the meeting's.
 */
function readBodyFromRouting(meeting: ParsedMeeting, items: readonly ParsedItem[]): void {
  const bodies = new Set<string>();
  for (const item of items) {
    for (const match of item.sections.routing?.matchAll(ROUTED_MEETING) ?? []) {
      if (findDanishDate(match.groups!.date!)?.iso === meeting.date) bodies.add(cleanBodyName(match.groups!.body!));
    }
  }
  if (bodies.size === 1) meeting.body = [...bodies][0]!;
}

/**
 * A member present named twice (København's attendance: `Lone Friis (DH) indkaldt` after the absent member, then again
 * among `Deltagerne var:`; `Ib Sønderby (DH) fra kl. 18.15 i punkt 5` under `Fraværende i mødet:`, then again): one
 * participant, the first naming with what the second adds. Only where both namings are present ones (a member absent
 * in one line and present in another says two things: both are kept).
 */
function oncePerPresentMember(participants: ParsedParticipant[]): ParsedParticipant[] {
  const first = new Map<string, ParsedParticipant>();
  return participants.filter((participant) => {
    if (participant.attendance !== 'attended') return true;
    const earlier = first.get(participant.name);
    if (!earlier) {
      first.set(participant.name, participant);
      return true;
    }
    earlier.party ??= participant.party;
    earlier.role ??= participant.role;
    earlier.substituteFor ??= participant.substituteFor;
    earlier.partial ??= participant.partial;
    return false;
  });
}

/**
 * København's item page tells the meeting's times in its decision's `Om mødet` section (`OM MØDET` / `Mødet begyndte
 * kl. 16.00 og sluttede kl. 18.25.`), its council at the decision's top (`Mødet startede kl. 17.30 ...`): the meeting's,
 * for a head that gave none. Only the first two items' decisions, only a line that opens the decision or stands
 * under the section's label.
 */
function readTimesStatedInDecision(meeting: ParsedMeeting, items: readonly ParsedItem[]): void {
  for (const item of items.slice(0, 2)) {
    const text = item.decision?.text;
    // (Cheap gate: the sentence's first word.)
    if (!text?.includes('Mødet')) continue;
    const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
    const at = lines.findIndex((line, index) => MEETING_TIMES_OPENER.test(line) && (index === 0 || ATTENDANCE_SENTENCES_OPENER.test(lines[index - 1]!)));
    const began = at < 0 ? null : MEETING_BEGAN_SENTENCE.exec(lines[at]!);
    if (!began) continue;
    const { hours, minutes, endHours, endMinutes } = began.groups!;
    const start = clock(hours!, minutes!);
    if (!start) continue;
    meeting.startTime = start;
    const end = endHours && endMinutes ? clock(endHours, endMinutes) : undefined;
    if (end) meeting.endTime ??= end;
    return;
  }
}

/**
 * København states the meeting's attendance in the first item's decision (`Deltagerne var:` ...): that is the
 * meeting's, not the item's, so it moves to the participants.
 */
function attendanceStatedInDecision(items: ParsedItem[]): ParsedParticipant[] {
  for (const item of items.slice(0, 2)) {
    const decision = item.decision;
    if (!decision) continue;
    const lines = decision.text.split('\n').map((text, offset) => ({ text, line: decision.line + offset }));
    const stated = readAttendanceStatement(lines);
    if (!stated) continue;
    // The absence lines of that decision were read as the item's; they are the meeting's.
    const names = new Set(stated.map((person) => person.name));
    for (const absence of item.absences) {
      if (!names.has(absence.name)) stated.push({ name: absence.name, ...(absence.party ? { party: absence.party } : {}), attendance: absence.attendance ?? 'apologies', line: absence.line });
    }
    item.absences = [];
    return stated.map(({ name, party, role, attendance, substituteFor, partial, line }) => ({
      name,
      ...(party ? { party } : {}),
      ...(role ? { role } : {}),
      attendance,
      ...(substituteFor ? { substituteFor } : {}),
      ...(partial ? { partial } : {}),
      line,
    }));
  }
  return [];
}

/**
 * `Beslutningskompetence: KB`, `Sagsforløb: ØK/BY`, a word processor's `Beslutning i TMU den ...:` and `Anbefales over
 * for KB.`: an abbreviation is spelled out when the document itself names a body it stands for (`Kommunalbestyrelsen`,
 * or one whose initials it is); otherwise it is kept as printed.
 */
/**
 * An OCR'd protocol loses a letter's stroke or ring now and then (`Okonomiudvalget 05.03.96:` over `Økonomiudvalget
 * 05.03.96:`): a body an earlier treatment names without `Ø` or `Å` is named as the document spells it elsewhere with
 * them, where the two differ only there. Asked only of a name with an `O` or `A` where another name holds `Ø` or `Å`.
 */
function spellBodiesWithTheirLetters(items: ParsedItem[], meetingBody: string | undefined): void {
  const spelled = new Map<string, string>();
  const add = (name: string | undefined) => {
    if (name && /[øåØÅ]/u.test(name)) spelled.set(withoutStrokeOrRing(name), name);
  };
  add(meetingBody);
  for (const item of items) for (const treatment of item.earlierTreatments) add(treatment.body);
  if (spelled.size === 0) return;
  for (const item of items) {
    for (const treatment of item.earlierTreatments) {
      if (/[øåØÅ]/u.test(treatment.body)) continue;
      const known = spelled.get(withoutStrokeOrRing(treatment.body));
      if (known) treatment.body = known;
    }
  }
}

/** A name as OCR reads it without a letter's stroke or ring: `Økonomiudvalget` as `Okonomiudvalget`. */
const withoutStrokeOrRing = (name: string) => name.replace(/ø/gu, 'o').replace(/Ø/gu, 'O').replace(/å/gu, 'a').replace(/Å/gu, 'A');

function expandBodyAbbreviations(items: ParsedItem[], meetingBody: string | undefined, lines: readonly SourceLine[]): void {
  // Each name once (in order of appearance, the first match wins): a long referat names the same bodies in every
  // item. Gathered only when an item has a body to expand.
  let named: string[] | undefined;
  const namedInText = (): string[] => {
    // A set keeps the order in which names were first added (one walk, no copies per item).
    const names = new Set<string>();
    if (meetingBody) names.add(meetingBody);
    for (const item of items) {
      for (const treatment of item.earlierTreatments) names.add(treatment.body);
      if (item.decision?.body) names.add(item.decision.body);
    }
    return [...names];
  };
  // Then the bodies the text names anywhere (`Behandlet i: Teknik- og Miljøudvalget ...`, an Indstilling's `anbefaler
  // Kommunalbestyrelsen at`), read only for an abbreviation of capitals that the items' own bodies do not spell out.
  let namedAnywhere: string[] | undefined;
  // Items repeat their abbreviations (`KB` in every item): each printed form is expanded once. A competence field's
  // own abbreviation (Rødovre's `Beslutningskompetence: TMU`) only by the known table: its fixtures keep it as printed.
  const expansions = new Map<string, string | undefined>();
  const expand = (printed: string, byInitials = true): string | undefined => {
    const key = byInitials ? printed : `field:${printed}`;
    let expanded = expansions.get(key);
    if (expanded === undefined && !expansions.has(key)) {
      expanded = expandAbbreviation(printed, (named ??= namedInText()), byInitials);
      if (expanded === undefined && byInitials && isAbbreviation(printed)) expanded = expandAbbreviation(printed, (namedAnywhere ??= bodyNamesInLines(lines)));
      expansions.set(key, expanded);
    }
    return expanded;
  };
  for (const item of items) {
    if (item.decidingBody) item.decidingBody = expand(item.decidingBody, false) ?? item.decidingBody;
    // Only a printed abbreviation of capitals here: names in full are not looked up.
    for (const treatment of item.earlierTreatments) if (isAbbreviation(treatment.body)) treatment.body = expand(treatment.body) ?? treatment.body;
    const decision = item.decision;
    if (decision?.recommendedTo && isAbbreviation(decision.recommendedTo)) decision.recommendedTo = expand(decision.recommendedTo) ?? decision.recommendedTo;
    if (decision?.body && isAbbreviation(decision.body)) decision.body = expand(decision.body) ?? decision.body;
  }
}

/** A body's name in running text: capitalised words (`Økonomi- og Erhvervsudvalget`) ending in a body word. */
const BODY_NAME_IN_TEXT = new RegExp(String.raw`(?<![\p{L}-])(?:\p{Lu}\p{Ll}*-?,?\s+(?:og\s+)?)*\p{Lu}\p{Ll}*${BODY_WORD}(?![\p{L}])`, 'gu');

function bodyNamesInLines(lines: readonly SourceLine[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    // Most lines name no body: the body words' common letters first.
    if (!/udvalg|råd|bestyrelse|nævn|direktion/u.test(line.text)) continue;
    for (const match of line.text.matchAll(BODY_NAME_IN_TEXT)) names.push(match[0]);
  }
  return names;
}

/**
 * A recommendation that names no body, where neither the Indstilling nor a routing field says where it goes, goes to
 * the item's deciding body (Rødovre's `Beslutningskompetence: KB`, Bornholm's `Hvem beslutter`), as the importer
 * sends it on.
 */
function recommendToDecidingBody(items: ParsedItem[], meetingBody: string | undefined): void {
  for (const item of items) {
    const decision = item.decision;
    if (decision?.outcome !== 'recommended' || decision.recommendedTo || !item.decidingBody) continue;
    if ((meetingBody && sameBody(item.decidingBody, meetingBody)) || !endsWithBodyWord(item.decidingBody)) continue;
    decision.recommendedTo = item.decidingBody;
  }
}

/**
 * eDoc lists closed items only in the contents, under `Lukket referat`: they are on the agenda all the same,
 * as closed items with their number and title (and a warning that nothing else of them is in the text). A closed
 * entry whose item stands in the text unmarked closes it. So are open entries numbered after the last item a text
 * ends with (an excerpt, a transcript of the first pages): items without their text, so without a decision.
 */
function addItemsListedOnlyInContents(items: ParsedItem[], contents: readonly ContentsEntry[], warnings: WarningCollector): void {
  // The items' numbers (and titles) only when an entry is listed that may be missing (a long referat has hundreds of items).
  let numbers: Set<number | undefined> | undefined;
  // A closed entry whose item stands in the body under another number (renumbered, a second meeting's copy) is that item.
  let titles: Set<string> | undefined;
  let lastRead: number | undefined;
  for (const entry of contents) {
    // A bare number under `Lukket referat` is the contents' page-number column (`5` / `6`), not an item.
    if (entry.number === undefined || entry.title.length === 0) continue;
    // An open entry is an item of its own only in a list printed before the items (a numbered list inside an item's
    // text is that item's) and numbered after every item the text holds: the text ended before that item (a viewer's
    // excerpt, a transcript of the first pages). One missing between read items is a heading not read, whose title the
    // contents would give without its text. A closed one may stand in a list of closed items after them.
    if (!entry.closed && items.length > 0 && (entry.line > items[0]!.line || entry.number <= (lastRead ??= lastNumberRead(items)))) continue;
    numbers ??= new Set(items.map((item) => item.number));
    if (numbers.has(entry.number)) {
      // Holbæk's `PUNKTER` marks the closed entry (`<titel> - Lukket punkt`) where the item's own heading does not: the
      // item of that number and title under the list (a list is read before its items) is closed where the text shows
      // nothing of it (a decision or any section would).
      const listed = items.find((item) => item.number === entry.number);
      if (entry.closed && listed && !listed.closed && entry.line < listed.line && showsNothing(listed) && titleKeyOf(listed.title) === titleKeyOf(entry.title)) listed.closed = true;
      continue;
    }
    titles ??= new Set(items.map((item) => titleKeyOf(item.title)));
    // (An entry may keep its page number after a gap: `Indgåelse af kontrakt om vintertjeneste      7`.)
    const title = entry.title.replace(/\s{2,}\d{1,3}$/u, '').replace(CONTENTS_LEADER, '');
    if (titles.has(titleKeyOf(title))) continue;
    numbers.add(entry.number);
    warnings.add(entry.line, 'contents-only-item', `${entry.closed ? 'Closed item' : 'Item'} ${entry.number} is listed in the contents only; read from there`);
    const item: ParsedItem = { number: entry.number, title, line: entry.line, closed: entry.closed, recommendations: [], absences: [], earlierTreatments: [], course: [], sections: { other: [] } };
    const at = items.findIndex((other) => other.number !== undefined && other.number > entry.number!);
    items.splice(at < 0 ? items.length : at, 0, item);
  }
}

/** The text holds a contents list's heading (`contents-only-items.ts` reads the list). */
/** Whether the text holds an en or em dash, the only dash a numbered one-liner's decision follows (`decision-one-liners.ts`). */
function holdsTitleDecisionDash(text: string): boolean {
  return text.includes('\u2013') || text.includes('\u2014');
}

function mayHoldContentsList(text: string): boolean {
  return CONTENTS_LIST_WORDS.some((word) => holdsWord(text, word));
}

/** The highest number of the items read from the text (-1 when none is numbered). */
function lastNumberRead(items: readonly ParsedItem[]): number {
  let last = -1;
  for (const item of items) if (item.number !== undefined && item.number > last) last = item.number;
  return last;
}

/** An item whose text holds no decision, recommendation, earlier treatment or section (a preamble of empty labels at most). */
function showsNothing(item: ParsedItem): boolean {
  if (item.decision || item.recommendations.length > 0 || item.earlierTreatments.length > 0 || item.sections.other.length > 0) return false;
  for (const key in item.sections) if (key !== 'other' && key !== 'preamble') return false;
  return true;
}

/**
 * A case number printed after the heading on its line (`1. Titel    25/1021`), which the pre-pass cut off onto a line
 * of its own under it: the item's, in any scheme (under a heading of another line only a labelled or distinctive one is).
 */
function caseNumberCutAfterHeading(lines: readonly SourceLine[], span: ItemSpan, end: number): { value: string } | undefined {
  const first = lines[span.bodyStart];
  if (!first || span.bodyStart >= end || first.blank || first.no !== span.headingLine.no) return undefined;
  const reading = readWholeCaseNumberOfAnyScheme(first.plain);
  return reading ? { value: reading.value } : undefined;
}

/**
 * A title that ends in its case number in brackets (`Titel (24/1234)`): the number is the item's (where nothing else
 * named one) and no part of its title; the heading reader cut it off already where it read the title itself.
 */
function withCaseNumberOffTitle(item: ParsedItem, heading: ItemHeadingRead, line: number): void {
  const bracketed = readBracketedCaseNumber(item.title);
  if (bracketed) item.title = bracketed.title;
  const value = bracketed?.value ?? heading.caseNumber;
  if (value === undefined || item.caseNumber !== undefined) return;
  item.caseNumber = value;
  item.caseNumberLine = line;
}

/** A line that may be one case number alone: short, opening with a digit. */
function mayBeCaseNumberAlone(text: string): boolean {
  const first = text.charCodeAt(0);
  return text.length <= 24 && first >= 0x30 && first <= 0x39;
}

/** How many headings must have a case number of any scheme alone over them for that to be the document's habit. */
const CASE_NUMBERS_ALONE_OVER_HEADINGS = 2;

/**
 * Mariagerfjord prints the KLE number on its own line before the heading, Høje-Taastrup on the heading's line before
 * the number: such a number, directly above a heading, belongs to the item below (and ends the item above).
 */
/** A line that is a case number (a bare KLE classification, `J.nr.: 00.30.10S00`, names none beside another number). */
function statesWholeCase(line: SourceLine): boolean {
  const reading = readCaseNumberOfLine(line);
  return reading?.whole === true && !reading.classification;
}

/**
 * A case number's text box read out of order (`pdfminer`'s reading order, a PDF viewer's copy): `Sagsnr.: <nr>` alone
 * directly above a heading, after the item above read its own number under its heading, while the item below prints
 * none. It is the item below's (not a document's habit, which `caseNumbersBeforeHeadings` reads).
 */
function adoptCaseNumbersReadBeforeHeadings(items: readonly ParsedItem[], spans: readonly ItemSpan[], lines: readonly SourceLine[], casesBefore: ReadonlyMap<number, unknown>): void {
  spans.forEach((span, position) => {
    const item = items[position];
    const above = items[position - 1];
    if (!item || !above || item.caseNumber !== undefined || above.caseNumber === undefined || casesBefore.has(position)) return;
    let index = span.headingIndex - 1;
    while (index >= 0 && lines[index]!.blank) index--;
    if (index < spans[position - 1]!.bodyStart || lines[index]!.no === above.caseNumberLine) return;
    const reading = readCaseNumberOfLine(lines[index]!);
    if (!reading?.whole || !reading.labelled || reading.value === above.caseNumber) return;
    item.caseNumber = reading.value;
    item.caseNumberLine = lines[index]!.no;
  });
}

function caseNumbersBeforeHeadings(lines: readonly SourceLine[], spans: readonly ItemSpan[]): Map<number, { index: number; value: string; line: number }> {
  const found = new Map<number, { index: number; value: string; line: number }>();
  const alone = new Map<number, { index: number; value: string; line: number }>();
  spans.forEach((span, position) => {
    let index = span.headingIndex - 1;
    while (index >= 0 && lines[index]!.blank) index--;
    if (index < 0 || (position > 0 && index < spans[position - 1]!.bodyStart)) return;
    // Any scheme where the number was printed on the heading's own line, before it (cut off by the pre-pass:
    // `19/00412    1. Titel`); else only a distinctive one.
    const onHeadingLine = lines[index]!.no === lines[span.headingIndex]!.no;
    const reading = onHeadingLine ? readWholeCaseNumberOfAnyScheme(lines[index]!.plain) : readCaseNumberOfLine(lines[index]!);
    const strong = reading?.whole && (reading.distinctive || onHeadingLine) ? reading : undefined;
    // A number of a scheme that needs its label elsewhere (`25/1021`), alone over the heading: kept apart, and taken
    // only where the document does so over several headings (asked only of a short line that opens with a digit).
    // So too a labelled one on a line of its own (`Sagsnr.: 25/1021` / `1. Titel`).
    const labelled = !strong && reading?.whole && reading.labelled ? reading : undefined;
    const any = strong || onHeadingLine ? undefined : (labelled ?? (mayBeCaseNumberAlone(lines[index]!.plain) ? readWholeCaseNumberOfAnyScheme(lines[index]!.plain) : undefined));
    if (!strong && !any) return;
    const next = lines[span.headingIndex + 1];
    // Not when the number also stands under the heading (First Agenda): then it is the previous item's.
    if (next && statesWholeCase(next)) return;
    // (A labelled one over the first heading stands in the head, no item's above: the first item's, as rm.dk prints
    // `Sagnr.: 1-51-71-3321-08` / `1. Titel` on a page of one item.)
    const firstLabelled = position === 0 && labelled !== undefined;
    (strong || firstLabelled ? found : alone).set(position, { index, value: (strong ?? any)!.value, line: lines[index]!.no });
  });
  if (alone.size >= CASE_NUMBERS_ALONE_OVER_HEADINGS) for (const [position, entry] of alone) found.set(position, entry);
  if (found.size === 0) return found;
  // Only where that is the document's habit: elsewhere a number above a heading is the item above's. Under the
  // heading the number may follow one line (SBSYS repeats the section label: `D. Lukkede sager` / `Lukket - <nr>`).
  const after = spans.filter((span) => {
    let next = span.bodyStart;
    for (let seen = 0; seen < 2; seen++, next++) {
      while (next < lines.length && lines[next]!.blank) next++;
      if (next >= lines.length) return false;
      if (statesWholeCase(lines[next]!)) return true;
    }
    return false;
  }).length;
  return found.size > after ? found : new Map();
}

function checkOutcomesAgainstDecidingBody(items: readonly ParsedItem[], meetingBody: string | undefined, warnings: WarningCollector): void {
  if (!meetingBody) return;
  for (const item of items) {
    const outcome = item.decision?.outcome;
    if (!item.decision || !item.decidingBody || !outcome) continue;
    const ownBody = sameBody(item.decidingBody, meetingBody);
    if (outcome === 'recommended' && ownBody) {
      warnings.add(item.decision.line, 'outcome-conflicts-with-deciding-body', `Item ${item.number ?? '?'} is recommended, but the deciding body is this committee`);
    }
    if (outcome === 'approved' && !ownBody && item.decidingBody.length > 3) {
      warnings.add(item.decision.line, 'outcome-conflicts-with-deciding-body', `Item ${item.number ?? '?'} is approved, but the deciding body is ${item.decidingBody}`);
    }
  }
}

/** Meetings named in items' `Sagens forløb` (other than this one), with the items that mention them. */
function collectReferencedMeetings(items: readonly ParsedItem[], meetingDate: string | undefined): ReferencedMeeting[] {
  const byKey = new Map<string, ReferencedMeeting>();
  for (const item of items) {
    for (const entry of item.course) {
      if (entry.date === meetingDate) continue;
      const key = `${entry.date}|${entry.body.toLowerCase()}`;
      let meeting = byKey.get(key);
      if (!meeting) {
        meeting = { date: entry.date, body: entry.body, cancelled: false, itemNumbers: [], postponedItemNumbers: [], lines: [] };
        byKey.set(key, meeting);
      }
      if (entry.cancelled) {
        meeting.cancelled = true;
        if (entry.reason && !meeting.reason) meeting.reason = entry.reason;
      }
      if (item.number !== undefined) {
        meeting.itemNumbers.push(item.number);
        if (entry.postponed) meeting.postponedItemNumbers.push(item.number);
      }
      meeting.lines.push(entry.line);
    }
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.body.localeCompare(b.body));
}
