import { applyAgreedRecommendation, applyRecommendationTarget, applyRoutingChain, applyRoutingSteps, readRoutingSteps } from './routing.parser.js';
import { readAttachmentCount, readAttachmentTitle } from './attachments.parser.js';
import { bodyKey, cleanBodyName, endsWithBodyWord, sameBody } from './body-name.js';
import { parseCourse } from './case-course.parser.js';
import { addOutcomesFromCourse } from './course-outcomes.js';
import { ABSENCE_LABEL_ALONE, ABSENCE_LIST_LABEL_WITH_COLON, ABSENCE_SENTENCE_STATUS_AFTER_SPACE, NAMES_IN_A_SENTENCE, STAFF_COMMITTEE } from './vocabulary/attendance.js';
import { BODY_DECIDES } from './vocabulary/bodies.js';
import { startsInLowerCase } from './letter-case.js';
import { RESERVATION, RESERVATION_KEYWORD } from './vocabulary/outcome-phrases.js';
import { absenceLineGoesOn, mayConcernAbsence, opensAttendanceStatement, readAbsenceLineShared, readAbsenceSentencesShared, readNames, readStoodInSentences, opensAbsenceList, readDatedAbsenceLabel, type AbsenceReading } from './attendance.recogniser.js';
import { isEmptyCaseNumberLabel, readCaseNumberOfLine, readDistinctiveCaseNumber } from './case-number.js';
import { endsInDigit, mayEndBlockHeading, readBodyDateBlockHeading, readDecisionBlockHeading, resolveDecisionBlocks, type DecisionBlock } from './decision-blocks.js';
import { parseHistoryRows, parseHistoryTriples } from './case-history.parser.js';
import { findDanishDate } from './danish-date.js';
import { isVerdictAlone } from './decision-outcome.js';
import { endsSentence, parseDecision } from './decision.parser.js';
import { earlierPostponementsInProse, earlierTreatmentsInProse, tellsTreatmentAtMeeting } from './earlier-prose.parser.js';
import { mergeSameMeetings, parseEarlierTreatments } from './earlier-treatment.parser.js';
import { OPENS_WITH_TREATMENT_ROW, treatmentTable } from './treatment-table.parser.js';
import { verdictOnlyBody } from './verdict-only-body.js';
import type {
  ParsedAttachments,
  ParsedItem,
  ParsedItemSections,
  ParsedPersonReference,
} from './parsed-minutes.types.js';
import { readPersonEntry, splitOutsideParentheses } from './person-list.parser.js';
import { EARLIER_TREATMENT_LINE, MAY_TELL_POSTPONED_FROM, MAY_TELL_TREATED_AT_MEETING, REPEATED_ITEM_HEADING } from './vocabulary/decision-blocks.js';
import { OTHER_FIELD_LABEL_ALONE } from './vocabulary/case-numbers.js';
import { isRunningHead } from './running-head.js';
import { parseRecommendations } from './recommendations.parser.js';
import { NARRATIVE_SECTIONS, SECTION_LABEL, readSectionHeading, type SectionKind } from './section-heading.js';
import { blockText, contentLines, textLine, type SourceLine } from './source-line.js';
import { firstKeyLetter, keyDiffersInAsciiStart, titleKeyOf } from './title-key.js';
import { execStartingLike, testStartingLike } from './line-prefilter.js';
import type { WarningCollector } from './warning-collector.js';
import { NOTES_LABEL } from './vocabulary/section-labels.js';
import { YEAR_DIGITS } from './vocabulary/dates.js';
import { verdictOpeningPresentation } from './council-verdict-opening.js';


/** The text without the item's title said again at its end (`Byrådet 1. behandling af budget`): what precedes it. */
function withoutTitleSaidAgain(text: string, title: string | undefined): string {
  return title && title.length >= 8 && text.length > title.length + 2 && text.endsWith(` ${title}`) ? text.slice(0, -title.length).trimEnd() : text;
}

/** A fold-out section's bullet before the decision's label (`• Beslutning i <udvalg> den ...`). */
const BULLETED_DECISION_LABEL = /^•\s+Beslutning\b/u;
/** The item's heading as found by the document scan. */
export interface ItemHeadingRead {
  number?: number;
  title: string;
  closed: boolean;
  line: number;
  typeCode?: string;
  /** A case number in brackets that ended the heading's title. */
  caseNumber?: string;
}

/** What the item reader needs to know of the meeting: which dated decision block is this meeting's. */
export interface MeetingContext {
  date?: string;
  body?: string;
}

interface CollectedSection {
  kind: SectionKind | 'unknown' | 'decisionBlock';
  /** For a dated decision block: whose and when. */
  block?: { body: string; date: string; itemNumbers: number[] };
  /** Absences read inside this section (they belong to this meeting only if the section does). */
  absences: ParsedPersonReference[];
  heading: string;
  level: number;
  line: number;
  lines: SourceLine[];
  /** For Bilag: the section that was open before it, resumed when prose follows the count line. */
  resume?: CollectedSection | undefined;
  countSeen?: boolean;
}

/** `Dok.nr.: ...` under the heading, and `Dagsordenspunkt N: ...` in a decision: asked only of lines that start so. */
const isDocumentNumberLine = testStartingLike(/^dok\.?\s*nr\.?\s*:/iu);
const repeatedItemHeading = execStartingLike(REPEATED_ITEM_HEADING);

/** Acadre's value two lines below its empty `Sagsnr.:` label (asked only of lines that start with a digit). */
const isBareCaseNumber = testStartingLike(/^(?:\d{2}\/\d{2,8}|(?:19|20)\d{2}-\d{3,8}|\d{3}-\d{4}-\d{3,8}|\d{2}-\d{4,8})$/u);
/** `Dok.nr.` / `Sagsbeh.` beside the empty `Sagsnr.`: their values follow the case number's (asked only while one is awaited). */
const isOtherFieldLabelAlone = testStartingLike(OTHER_FIELD_LABEL_ALONE);

/** A table row's first cell (cells are set apart by spaces; a case number holds none). */
function firstCell(text: string): string {
  const space = text.search(/\s/u);
  return space < 0 ? text : text.slice(0, space);
}

/** How many non-blank lines after the heading may hold the case number, its label and the access word. */
const CASE_ZONE = 8;

type NarrativeKey = 'description' | 'summary' | 'background' | 'presentation' | 'additionalParticipation' | 'economy';

/**
 * The item as the heading gives it, its optional fields in their place (the output's field order), built without
 * object spreads: items of one document then share their few shapes, and the fields set later are cheap to add.
 */
function newItem(heading: ItemHeadingRead): ParsedItem {
  const item = {} as ParsedItem;
  if (heading.number !== undefined) item.number = heading.number;
  item.title = heading.title;
  item.line = heading.line;
  item.closed = heading.closed;
  if (heading.typeCode) item.typeCode = heading.typeCode;
  item.recommendations = [];
  item.absences = [];
  item.earlierTreatments = [];
  item.course = [];
  item.sections = { other: [] };
  return item;
}

function inlineLine(line: SourceLine, text: string): SourceLine {
  return textLine(line.no, text);
}

/**
 * Reads one item's lines (after its heading) into sections. Closed items are read only for their case number
 * and absences: their content must never reach the output, not even in a warning.
 */
export function parseItemBody(heading: ItemHeadingRead, body: readonly SourceLine[], warnings: WarningCollector, meeting: MeetingContext = {}): ParsedItem {
  const item = newItem(heading);

  const preamble: SourceLine[] = [];
  const sections: CollectedSection[] = [];
  const itemAbsences: ParsedPersonReference[] = [];
  let current: CollectedSection | undefined;
  let count: number | undefined;
  let recommendedCount: number | undefined;
  let countLine: number | undefined;
  let sawContent = false;
  let zoneLines = 0;
  let awaitingCaseNumber = false;
  let caseIsClassification = false;
  let awaitingBody: CollectedSection | undefined;
  let absenceList: ParsedPersonReference['attendance'] | undefined;
  /** The bare label (`Afbud:`) that opened `absenceList`, for a value line that goes on after its names. */
  let bareLabelText: string | undefined;
  // A list opened by a bare `Fraværende:` holds names only (Slagelse's empty `Fraværende:` stands over the decision).
  let namesOnly = false;
  // Where a dated list's names go (`Fraværende i <organ>, <dato>:`): the item's, a dated block's, or another meeting's (dropped).
  let absenceSink: ParsedPersonReference[] | undefined;
  // (`whole`: the line it is the end of, asked whether it was a verdict alone only where that matters.)
  let unfinished: { text: string; line: number; whole: string } | undefined;
  let titleKey: string | undefined;
  // The first letter a line repeating the title starts with (see `mayRepeatTitle`): the key only when it agrees.
  let titleStart: string | undefined;

  for (const line of joinWrappedBlockHeadings(body)) {
    if (line.blank) {
      (current?.lines ?? preamble).push(line);
      // (A blank line ends a sentence: `Observatør Claus Friis` / `` / `Borgmester A forlod mødet ...` are two lines of a list.)
      unfinished = undefined;
      continue;
    }
    const text = line.unmarked;
    const inZone = !current && zoneLines < CASE_ZONE;
    if (inZone) zoneLines++;

    // `Følgende deltog ikke i behandlingen af punktet:` and the names on the lines after it.
    if (absenceList && isRunningHead(text)) continue;
    if (absenceList) {
      // Bornholm: `Fraværende` over `Afbud fra A`: the line states its own status.
      const stated = readAbsenceLineShared(text);
      if (stated && stated.people.length > 0) {
        addAbsences(stated, line.no, absencesOf(current, itemAbsences), warnings);
        continue;
      }
      // Jammerbugt: `Afbud:` alone over `A (V) - B deltog som suppleant.`: the line reads as the label's value, and
      // stays in the text as the one line it is (what goes on after the names, the substitute, is read from there).
      const labelled = bareLabelText !== undefined && namesOnly && /^\p{Lu}/u.test(text) && !onlyNames(text) ? `${bareLabelText} ${text}` : undefined;
      const underLabel = labelled === undefined ? undefined : readAbsenceLineShared(labelled);
      if (underLabel && underLabel.people.length > 0 && absenceLineGoesOn(labelled!)) {
        addAbsences(underLabel, line.no, absencesOf(current, itemAbsences), warnings);
        absenceList = undefined;
        namesOnly = false;
        bareLabelText = undefined;
        (current?.lines ?? preamble).push(inlineLine(line, labelled!));
        continue;
      }
    }
    if (absenceList) {
      const unbulleted = text.replace(/^[•·▪–*-]\s*/u, '');
      // (A longer line only as a sentence's list of names, `A, B, C og D.`: a list of six members runs past 80.)
      const person = /^\p{Lu}/u.test(unbulleted) && !readSectionHeading(line) && (unbulleted.length < 80 || NAMES_IN_A_SENTENCE.test(unbulleted.replace(/\.$/u, ''))) && (!namesOnly || onlyNames(unbulleted)) ? readNames(unbulleted, absenceList) : undefined;
      if (person && person.people.length > 0 && person.unreadable.length === 0) {
        addAbsences(person, line.no, absenceSink ?? absencesOf(current, itemAbsences), warnings);
        continue;
      }
      absenceList = undefined;
      namesOnly = false;
      absenceSink = undefined;
    }

    if (inZone || (current?.kind === 'decidingBody' && awaitingCaseNumber)) {
      const reading = readCaseNumberOfLine(line);
      if (reading && (reading.labelled || reading.distinctive || awaitingCaseNumber) && (reading.whole || reading.labelled || (reading.distinctive && reading.atStart))) {
        // (A bare KLE classification, `J.nr.: 00.30.10S00`, gives way to the `Sagsid.: 02/1188` under it.)
        if (item.caseNumber === undefined || (caseIsClassification && !reading.classification)) {
          item.caseNumber = reading.value;
          item.caseNumberLine = line.no;
          caseIsClassification = reading.classification === true;
          awaitingCaseNumber = false;
          // (A classification's line stays in the item's text, as it did before it could be the case.)
          if (reading.whole && !caseIsClassification) continue;
        } else if (reading.classification) {
          // A classification beside the case's own number (Hørsholm's `J.nr.` under its Acadre number) names no other case.
        } else if (item.caseNumber !== reading.value && reading.whole) {
          warnings.add(line.no, 'case-number-ambiguous', `Second case number ${reading.value} for item ${heading.number ?? '?'}; keeping ${item.caseNumber}`);
        } else if (reading.whole) continue;
      }
      if (inZone && isEmptyCaseNumberLabel(text)) {
        // Acadre prints `Sagsnr.:` and `Sagen afgøres i:` first and their values two lines later.
        awaitingCaseNumber = true;
        continue;
      }
      if (awaitingCaseNumber && inZone && isOtherFieldLabelAlone(text)) continue;
      // (Under a table's label row the number is the row's first cell: `18/00214      Jette Brask`.)
      const cell = awaitingCaseNumber ? firstCell(text) : text;
      if (awaitingCaseNumber && isBareCaseNumber(cell)) {
        item.caseNumber = cell;
        item.caseNumberLine = line.no;
        awaitingCaseNumber = false;
        continue;
      }
      if (inZone && isDocumentNumberLine(text)) continue;
      // `A. Sager ...`: only a line with a full stop after its first letter.
      const group = inZone && text.charCodeAt(1) === 0x2e ? /^[A-ZÆØÅ]\.\s+sager\s+til\s+(?:afgørelse|beslutning)\s+i\s+(?<body>\p{L}+)$/iu.exec(text) : null;
      if (group) {
        // Odense's section letter under every heading: `A. Sager til afgørelse i byrådet`.
        item.decidingBody ??= group.groups!.body!.charAt(0).toUpperCase() + group.groups!.body!.slice(1);
        item.decidingBodyLine ??= line.no;
        continue;
      }
      if (
        inZone &&
        text.length > 0 &&
        // The title as written (most repeats) has the title's key without keying it.
        (text === heading.title ||
          repeatsTitleWithTypeCode(text, heading) ||
          (firstKeyLetter(text) === (titleStart ??= firstKeyLetter(heading.title)) &&
            !keyDiffersInAsciiStart(text, (titleKey ??= titleKeyOf(heading.title))) &&
            titleKeyOf(text) === titleKey))
      ) {
        continue;
      }
      if (inZone) {
        // The line ends in its item number (`..., pkt. 4.`): the pattern only for a line that ends in a digit.
        const earlier = endsInDigit(text) ? EARLIER_TREATMENT_LINE.exec(text) : null;
        // (`Punktet blev udsat på mødet den <dato>, punkt 5.` is a sentence of this body's postponement, read as prose.)
        if (earlier && findDanishDate(earlier.groups!.date!) && !readDecisionBlockHeading(text) && !MAY_TELL_POSTPONED_FROM.test(text)) {
          // (`Tidligere behandlet: <organ> den <dato>, pkt. N.` on one line: the label's value is the meeting.)
          const labelled = readSectionHeading(line);
          const value = labelled?.kind === 'earlierTreatment' && labelled.inline !== undefined ? inlineLine(line, labelled.inline) : line;
          item.earlierTreatments.push(...parseEarlierTreatments([value], warnings).map((t) => ({ ...t, foundIn: 'tidligere-behandling' as const })));
          continue;
        }
      }
    }
    if (!inZone && item.caseNumber === undefined && current?.kind !== 'decision' && current?.kind !== 'decisionBlock') {
      // Run-together text (Næstved) puts the KLE number after the summary: a lone distinctive number still counts.
      const late = readDistinctiveCaseNumber(text);
      if (late && (late.whole || late.atStart)) {
        item.caseNumber = late.value;
        item.caseNumberLine = line.no;
        continue;
      }
    }
    if (awaitingBody && !readSectionHeading(line) && !readDecisionBlockHeading(text) && /^\p{Lu}/u.test(text) && text.length < 80) {
      awaitingBody.lines.push(line);
      awaitingBody = undefined;
      continue;
    }

    const section = readSectionHeading(line);
    // Most lines start like neither an absence line nor a list's opener: one test spares both readers.
    if (!section && mayConcernAbsence(text)) {
      const dated = readDatedAbsenceLabel(text);
      if (dated) {
        absenceList = 'absent';
        namesOnly = true;
        absenceSink = datedAbsenceSink(dated, meeting, current, itemAbsences);
        continue;
      }
      const absence = readAbsenceLineShared(text);
      // `Fraværende:` alone after a decision (Hedensted): the names stand on the next lines.
      const bareLabel = absence !== undefined && absence.people.length === 0 && absence.unreadable.length === 0 && text.endsWith(':') ? opensAbsenceList(text.slice(0, -1).trimEnd()) : undefined;
      if (bareLabel && !ABSENCE_LIST_LABEL_WITH_COLON.test(text)) {
        bareLabelText = text;
        absenceList = bareLabel;
        absenceSink = undefined;
        namesOnly = true;
        continue;
      }
      // `Afbud fra:` with nobody after its colon stays in the text: København's first decision lists the names on the
      // next lines (read with the meeting's attendance, `readAttendanceStatement`).
      // (So does København's `Om mødet` label without its colon, `Fraværende med afbud`.)
      if (absence && (absence.people.length > 0 || absence.unreadable.length > 0 || !ABSENCE_LABEL_ALONE.test(text))) {
        addAbsences(absence, line.no, absencesOf(current, itemAbsences), warnings);
        // A line that goes on after the names (a substitute, another sentence) stays in the text, read as sentences.
        if (!absenceLineGoesOn(text)) continue;
      }
      const opener = absence ? undefined : opensAbsenceList(text);
      if (opener) {
        absenceList = opener;
        absenceSink = undefined;
        namesOnly = false;
        continue;
      }
    }
    if (!section) {
      if (inZone && isBareAbsenceLine(text)) {
        // Fredensborg: the members absent for this item on a bare line under the heading.
        addAbsences(readNames(text, 'absent'), line.no, absencesOf(current, itemAbsences), warnings);
        continue;
      }
    }
    sawContent = true;
    const attachmentCount = readAttachmentCount(line);
    if (attachmentCount) {
      count = (count ?? 0) + attachmentCount.count;
      if (attachmentCount.recommended !== undefined) recommendedCount = (recommendedCount ?? 0) + attachmentCount.recommended;
      countLine ??= line.no;
    }
    // (Under the Indstilling too: the first of the dated blocks follows it, `Økonomiudvalget - 18. marts 2025` / `Anbefales.`,
    // Gentofte's `Byplanudvalget den 11. august 2014` / `Anbefales.`)
    const blocksMayFollow = current !== undefined && (current.kind === 'decision' || current.kind === 'decisionBlock' || current.kind === 'recommendation');
    // `Tidligere behandling: <organ> <dato>, punkt N` over that meeting's verdict is its dated block, not a list's label.
    // (A dated block's heading led by a fold-out section's bullet, `• Beslutning i <udvalg> den DD-MM-YYYY`: the bullet is not
    // its. Only before `Beslutning`: a bulleted list's `• Dialogmøde med <udvalg> den 5. juni` is a line of a decision.)
    const headingText = text.charCodeAt(0) === 0x2022 && BULLETED_DECISION_LABEL.test(text) ? text.slice(1).trimStart() : text;
    const block = section && !(section.kind === 'earlierTreatment' && section.inline !== undefined) ? undefined : readDecisionBlockHeading(headingText) ?? (blocksMayFollow ? readBodyDateBlockHeading(headingText) : undefined);
    if (block) {
      current = { kind: 'decisionBlock', block, heading: text, level: line.headingLevel, line: line.no, lines: [], absences: [] };
      sections.push(current);
      continue;
    }
    if (current && (current.kind === 'decision' || current.kind === 'decisionBlock')) {
      const repeated = repeatedItemHeading(text);
      if (repeated) {
        if (item.number === undefined) item.number = Number(repeated.groups!.number);
        continue;
      }
    }
    // A meeting app's earlier decisions under `Tidligere beslutninger`, `<organ>, DD.MM.YYYY, punkt N` over `Beslutning:
    // <tekst>`: the label's text under such a block's heading is that block's verdict, not this meeting's decision.
    if (section?.kind === 'decision' && section.inline && current?.kind === 'decisionBlock' && current.lines.length === 0 && underEarlierLabel(sections)) {
      current.lines.push(inlineLine(line, section.inline));
      continue;
    }
    if (section) {
      if (section.kind === 'container') {
        current = undefined;
        continue;
      }
      const resume = section.kind === 'attachments' && current?.kind !== 'attachments' ? current : undefined;
      current = { kind: section.kind, heading: section.heading, level: line.headingLevel, line: line.no, lines: [], absences: [], resume };
      if (section.inline) current.lines.push(inlineLine(line, section.inline));
      else if (section.kind === 'decidingBody' && awaitingCaseNumber) awaitingBody = current;
      sections.push(current);
      continue;
    }
    if (line.headingLevel > 0) {
      if (current && current.kind !== 'unknown' && current.kind !== 'decisionBlock' && NARRATIVE_SECTIONS.has(current.kind)) {
        // A sub-heading inside prose (`##### Deltagelse og effekter`): it stays part of that section.
        current.lines.push(line);
        if (!heading.closed && current.level > 0 && line.headingLevel <= current.level) {
          warnings.add(line.no, 'unknown-heading', `Unknown heading "${line.plain}" kept as part of ${SECTION_LABEL[current.kind]}`);
        }
        continue;
      }
      current = { kind: 'unknown', heading: line.plain, level: line.headingLevel, line: line.no, lines: [], absences: [] };
      sections.push(current);
      if (!heading.closed) warnings.add(line.no, 'unknown-heading', `Unknown section heading "${line.plain}"; its text is kept in sections.other`);
      continue;
    }
    if (current?.kind === 'attachments' && current.countSeen && looksLikeProse(line)) {
      // `Bilag` / `1 bilag, heraf 0 anbefales` inside a Meddelelser item, followed by the next announcement:
      // the count closes the Bilag block and the prose belongs to what was open before it.
      current = current.resume;
    }
    if (current?.kind === 'attachments' && attachmentCount) current.countSeen = true;
    if (current && (current.kind === 'decision' || current.kind === 'decisionBlock')) {
      // A sentence wrapped over lines (`Morten Dahl var` / `fraværende.`) is read with the line before.
      // A verdict alone on its line (`Godkendt`, no full stop) is a whole sentence too; asked only where the lines
      // together state an absence (most do not, and then neither does this line alone, whose text ends theirs).
      const joined = unfinished ? `${unfinished.text} ${text}` : undefined;
      const goesOn = joined !== undefined && ABSENCE_SENTENCE_STATUS_AFTER_SPACE.test(joined) && !isVerdictAlone(unfinished!.whole);
      for (const person of readAbsenceSentencesShared(goesOn ? joined : text)) absencesOf(current, itemAbsences).push(personReference(person, goesOn ? unfinished!.line : line.no));
      unfinished = endsSentence(text) ? undefined : { text: lastSentence(text), line: line.no, whole: text };
    } else {
      unfinished = undefined;
      // A closed item's line outside any section, read alone: all such an item shows is who took no part (`Kurt Vig (A)
      // deltog ikke i behandlingen af punkt 64-65.` under Vejen's `Afbud:` line), never a sentence run on from a list.
      if (!current && heading.closed) for (const person of readAbsenceSentencesShared(text)) itemAbsences.push(personReference(person, line.no));
    }
    (current?.lines ?? preamble).push(line);
  }

  item.absences.push(...itemAbsences);
  if (heading.closed) {
    if (sawContent) {
      warnings.add(heading.line, 'closed-item-content-withheld', `Closed item ${heading.number ?? '?'} has content; it is not output`);
    }
    return item;
  }
  if (!sawContent && item.caseNumber === undefined) {
    warnings.add(heading.line, 'item-empty', `Item ${heading.number ?? '?'} has a heading but no content (truncated document?)`);
    return item;
  }

  const preambleText = blockText(preamble);
  if (preambleText) {
    item.sections.preamble = preambleText;
    // Protocols without section labels tell earlier treatments in the text under the heading.
    item.earlierTreatments.push(...earlierTreatmentsInProse(preambleText, preamble.find((line) => !line.blank)!.no, meeting));
  }

  const attachmentSections = sections.filter((section) => section.kind === 'attachments');
  const attachments = readAttachments(attachmentSections, count, recommendedCount, countLine, warnings);
  if (attachments) item.attachments = attachments;

  // (The kinds met so far: an item holds a few sections, and a Set made for each of some hundred items cost more.)
  const seen: CollectedSection['kind'][] = [];
  let plainDecision: CollectedSection | undefined;
  const blocks: DecisionBlock[] = [];
  const routingSteps: ReturnType<typeof readRoutingSteps> = [];
  for (const section of sections) {
    const duplicate = seen.includes(section.kind);
    if (!duplicate) seen.push(section.kind);
    // The text only for the sections kept as text (a dated decision block's is read where it is resolved); for the
    // others, blank lines only is what an empty text would say.
    const readIntoFields = READ_INTO_FIELDS.has(section.kind);
    const text = readIntoFields ? '' : blockText(section.lines);
    const empty = readIntoFields ? section.lines.every((line) => line.blank) : !text;
    if (empty && section.kind !== 'unknown' && section.kind !== 'decisionBlock') {
      warnings.add(section.line, 'empty-section', `Section ${section.kind === 'attachments' ? 'Bilag' : SECTION_LABEL[section.kind]} is empty`);
      continue;
    }
    switch (section.kind) {
      case 'unknown':
        item.sections.other.push({ heading: section.heading, text, line: section.line });
        break;
      case 'attachments':
        break;
      case 'decidingBody': {
        // One body, possibly wrapped over lines; a page's running head that fell inside it is not part of it.
        const named = contentLines(section.lines).filter((line) => !/^(?:referat|åbent referat|lukket referat|dato:\s*\S+|side\s+\d+.*)$/iu.test(line.text));
        // `Kommunalbestyrelsen beslutter.` (Bornholm's `Hvem beslutter`): the body, without the verb.
        // (Næstved's flipbook runs the item's title, said again, after the body: `Kompetenceudvalg: Byrådet 1. behandling af
        // budget 2017-2020`: not the body's.)
        const bodyText = (line: SourceLine) => withoutTitleSaidAgain(line.text.replace(BODY_DECIDES, ''), item.title);
        const wholeNames = named.filter((line) => endsWithBodyWord(cleanBodyName(bodyText(line))));
        // Two bodies: one is the committee's own name, first line of an eDoc page's running head (`<udvalg>` /
        // `Referat` / ...) that a page break put inside the section.
        const whole = wholeNames.length > 1 ? (wholeNames.find((line) => !meeting.body || !sameBody(cleanBodyName(bodyText(line)), meeting.body)) ?? wholeNames[0]) : wholeNames[0];
        const body = cleanBodyName(whole ? bodyText(whole) : named.map(bodyText).join(' '));
        if (duplicate && item.decidingBody !== body) {
          warnings.add(section.line, 'duplicate-section', `Second "Beslutningen træffes af" (${body}); keeping ${item.decidingBody}`);
        } else if (!duplicate) {
          item.decidingBody = body;
          item.decidingBodyLine = contentLines(section.lines)[0]!.no;
        }
        break;
      }
      case 'recommendation': {
        if (duplicate) warnings.add(section.line, 'duplicate-section', 'Second Indstilling section; its points are added');
        const reading = parseRecommendations(section.lines);
        item.recommendations.push(...reading.points);
        if (reading.intro) item.sections.recommendationIntro = joinText(item.sections.recommendationIntro, reading.intro);
        break;
      }
      case 'decision': {
        // A working group's `Referat:` tells the item's notes; a `Konklusion:` after them is the decision.
        if (plainDecision && NOTES_LABEL.test(plainDecision.heading) && !NOTES_LABEL.test(section.heading)) {
          item.sections.other.push({ heading: plainDecision.heading, text: blockText(plainDecision.lines), line: plainDecision.line });
          plainDecision = section;
          break;
        }
        if (plainDecision) {
          warnings.add(section.line, 'duplicate-section', 'Second Beslutning section; kept in sections.other, the first is the decision');
          item.sections.other.push({ heading: section.heading, text: blockText(section.lines), line: section.line });
          break;
        }
        plainDecision = section;
        break;
      }
      case 'decisionBlock':
        blocks.push({ body: section.block!.body, date: section.block!.date, itemNumbers: section.block!.itemNumbers, lines: section.lines, line: section.line, absences: section.absences });
        break;
      case 'routing':
        item.sections.routing = joinText(item.sections.routing, text);
        routingSteps.push(...readRoutingSteps(section.lines));
        // A `Resume` that opens with the routing (`Sagsforløb: TMU/ØU/KB`) may go on to tell an earlier treatment.
        item.earlierTreatments.push(...earlierTreatmentsInProse(text, section.line, meeting));
        break;
      case 'earlierTreatment':
        item.earlierTreatments.push(...parseEarlierTreatments(section.lines, warnings));
        break;
      case 'course': {
        const history = parseHistoryTriples(section.lines) ?? parseHistoryRows(section.lines);
        if (history) item.earlierTreatments.push(...history);
        else item.course.push(...parseCourse(section.lines, warnings));
        break;
      }
      default: {
        const key = section.kind as NarrativeKey;
        if (duplicate) warnings.add(section.line, 'duplicate-section', `Second ${SECTION_LABEL[section.kind]} section; its text is appended`);
        setNarrative(item.sections, key, joinText(item.sections[key], text));
        item.earlierTreatments.push(...earlierTreatmentsInProse(text, section.line, meeting));
      }
    }
  }

  if (item.course.length > 0 && item.earlierTreatments.length > 0) addOutcomesFromCourse(item.earlierTreatments, item.course);
  const knownPoints = item.recommendations.map((point) => point.point);
  const plainHasText = plainDecision !== undefined && plainDecision.lines.some((line) => !line.blank);
  const resolved = resolveDecisionBlocks(blocks, meeting, plainHasText);
  if (resolved.current) {
    const decision = parseDecision([...resolved.current.lines, ...attendanceAboveBlocks(plainDecision)], knownPoints, warnings);
    if (decision) {
      // Set on the fresh reading in the output's order (after its own fields), not spread into a copy.
      decision.body = resolved.current.body;
      decision.date = resolved.current.date;
      item.decision = decision;
    }
    item.absences.push(...resolved.current.absences);
    if (resolved.fallback) {
      warnings.add(resolved.current.line, 'decision-block-not-this-meeting', `Item ${heading.number ?? '?'}: no decision block is dated ${meeting.date}; the last block (${resolved.current.date}) is read as the decision`);
    }
  } else if (plainDecision && plainHasText) {
    const decision = parseDecision(plainDecision.lines, knownPoints, warnings);
    if (decision) item.decision = decision;
    // (Both treatments below are read with their dates, and a date with its year: a decision without four digits in a
    // row, most verdicts, tells neither, and is not searched for their words.)
    const dated = decision !== undefined && YEAR_DIGITS.test(decision.text);
    // `Beslutning: Punktet blev udsat på mødet den <dato>. Rådet anbefaler ...`: the earlier postponement in the decision.
    if (dated && MAY_TELL_POSTPONED_FROM.test(decision.text)) item.earlierTreatments.push(...earlierPostponementsInProse(decision.text, decision.line, meeting));
    // `Beslutning: Ældrerådet drøftede udkastet på mødet den <dato>, pkt. 4, og bad om ...`: the treatment the decision's
    // first sentence tells (the decision's reading starts after it, `decision.parser.ts`).
    // (The first sentence is the text's start, and the pattern that may tell the treatment has no anchor or look-around:
    // a decision it finds nowhere in is not cut into its first sentence to be searched again.)
    else if (dated && MAY_TELL_TREATED_AT_MEETING.test(decision.text) && tellsTreatmentAtMeeting(firstSentenceOf(decision.text))) item.earlierTreatments.push(...earlierTreatmentsInProse(firstSentenceOf(decision.text), decision.line, meeting));
  } else if (sections.length === 0) {
    // No section at all: a body that is only its verdict is the decision.
    const verdict = verdictOnlyBody(preamble);
    const decision = verdict ? parseDecision(verdict, knownPoints, warnings) : undefined;
    if (decision) {
      item.decision = decision;
      // (`Godkendt.` / `A deltog ikke i behandlingen af sagen.`: an absence under the verdict is the item's.)
      for (const line of verdict!) for (const person of readAbsenceSentencesShared(line.plain)) item.absences.push(personReference(person, line.no));
    }
  } else if (!sections.some((section) => section.kind === 'decision' || section.kind === 'decisionBlock')) {
    // No decision section: a council's question or motion whose outcome opens the presentation (`Foretoges.`).
    const opening = verdictOpeningPresentation(sections);
    const decision = opening ? parseDecision(opening, knownPoints, warnings) : undefined;
    if (decision) item.decision = decision;
  }
  // Bornholm's `Behandling` table stands above the item's first section, in its preamble (its head row alone on its
  // line, or copied from a browser with its columns' names after it).
  // (Its head row may be gone, taken for a page's running head at a page's top: its rows open the preamble then.)
  const tablePreamble = item.sections.preamble;
  const tabled =
    tablePreamble === undefined
      ? []
      : /^behandling(?:\s*$|\s+mødedato\b)/imu.test(tablePreamble)
        ? treatmentTable(body, meeting)
        : OPENS_WITH_TREATMENT_ROW.test(tablePreamble)
          ? treatmentTable(body, meeting, true)
          : [];
  const earlier = tabled.length === 0 ? resolved.earlier : [...resolved.earlier, ...tabled];
  item.earlierTreatments = mergeSameMeetings(earlier.length === 0 ? item.earlierTreatments : [...item.earlierTreatments, ...earlier]);
  applyRoutingSteps(item, routingSteps, meeting);
  applyAgreedRecommendation(item, meeting.body);
  applyRecommendationTarget(item);
  applyRoutingChain(item, meeting.body);

  if (!item.decision && !sections.some((section) => section.kind === 'decision' || section.kind === 'decisionBlock')) {
    warnings.add(heading.line, 'no-decision', `Item ${heading.number ?? '?'} has no Beslutning section`);
  }
  return item;
}

/** Sections read into fields of their own, whose text as a whole is not output (the others' text is). */
/** Capitalised words only, besides `og` and party letters in brackets: `Mikael Juul (V) og Lis Bak (A)`. */
function onlyNames(text: string): boolean {
  return text
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/[.,]/gu, ' ')
    .split(' ')
    .every((word) => word.length === 0 || word === 'og' || /^\p{Lu}/u.test(word));
}

/** The dated blocks read last stand under an earlier-treatment label (`Tidligere beslutninger`). */
function underEarlierLabel(sections: readonly CollectedSection[]): boolean {
  for (let index = sections.length - 1; index >= 0; index--) if (sections[index]!.kind !== 'decisionBlock') return sections[index]!.kind === 'earlierTreatment';
  return false;
}

const READ_INTO_FIELDS: ReadonlySet<CollectedSection['kind']> = new Set<CollectedSection['kind']>(['attachments', 'decidingBody', 'recommendation', 'decision', 'decisionBlock', 'earlierTreatment', 'course']);

const SPACE = /\s/u;

/** The text after the last sentence end (`.`, `!`, `?` and white space) in the line: the sentence still open. */
function lastSentence(text: string): string {
  for (let index = text.length - 2; index >= 0; index--) {
    const char = text[index]!;
    if ((char === '.' || char === '!' || char === '?') && SPACE.test(text[index + 1]!)) {
      let start = index + 1;
      while (start < text.length && SPACE.test(text[start]!)) start++;
      return text.slice(start);
    }
  }
  return text;
}

function looksLikeProse(line: SourceLine): boolean {
  return /^\d+\.\s/u.test(line.plain) || line.plain.length > 150;
}

function setNarrative(sections: ParsedItemSections, key: NarrativeKey, text: string): void {
  sections[key] = text;
}

function joinText(before: string | undefined, text: string): string {
  return before ? `${before}\n\n${text}` : text;
}

/** An absence line with something after its label (read as names or not): `Fraværende: A (C) - B (C) mødte som`. */
function isAbsenceLineWithNames(text: string): boolean {
  const reading = readAbsenceLineShared(text);
  return reading !== undefined && reading.people.length + reading.unreadable.length > 0;
}

/** The next line ends a sentence that names a substitute (`B (F) deltog som` / `stedfortræder.`). */
function completesStoodIn(text: string, joined: string): boolean {
  return readStoodInSentences(joined).length > 0 && readStoodInSentences(text).length === 0;
}

/**
 * The next line ends a reservation (`Søren Kvist (Ø) og Tina Hald (F) tog` / `forbehold.`); its words gate the pattern.
 * (And so does RESERVATION_KEYWORD: `godkende`, `anbefale` stand in much wrapped prose that holds no `ikke`, and the
 * pattern costs some 5 µs a line where the keyword costs 0.1-0.2.)
 */
function completesReservation(text: string, joined: string): boolean {
  return RESERVATION_WORD.test(joined) && RESERVATION_KEYWORD.test(joined) && RESERVATION.test(joined) && !(RESERVATION_KEYWORD.test(text) && RESERVATION.test(text));
}

const RESERVATION_WORD = /forbehold|tiltræde|anbefale|godkende|protokol/iu;

/**
 * The next line ends a sentence naming a substitute or a reservation. Both need a word of their own, which (without
 * a space) stands in one of the two lines: most wrapped prose holds none, and is not joined to be read.
 */
function completesSentence(text: string, next: string): boolean {
  if (!SUBSTITUTE_OR_RESERVATION_WORD.test(text) && !SUBSTITUTE_OR_RESERVATION_WORD.test(next)) return false;
  const joined = `${text} ${next}`;
  return completesStoodIn(text, joined) || completesReservation(text, joined);
}

/** The substitute's words (see `mayNameSubstitute`) and RESERVATION_WORD's. */
const SUBSTITUTE_OR_RESERVATION_WORD = /stedfortræder|suppleant|forbehold|tiltræde|anbefale|godkende|protokol/iu;

/**
 * A dated decision block's heading wrapped onto the next line (re-wrapped text) is read as one line, and so is an
 * absence sentence wrapped before its end. The joined heading ends as the next line ends, so only a next line that
 * may end one (in a digit) is looked at; the body is copied only when a line is joined.
 */
function joinWrappedBlockHeadings(body: readonly SourceLine[]): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let index = 0; index < body.length; index++) {
    const line = body[index]!;
    // A blank line is joined to nothing (both joins below start with a line of text): it is not looked past.
    if (line.blank) {
      out?.push(line);
      continue;
    }
    // (A page's running head under a form feed may stand between the heading's lines: `... beslutning` / `\f<organ>` /
    // `Referat` / `den 14.05.2014 Punkt 2`.)
    const nextAt = pastRunningHeadAfterBreak(body, index + 1);
    const next = body[nextAt];
    // (`beslutning` takes ten characters: a shorter line cannot hold it.)
    // (So is a body's dated line cut inside its date by a narrow column: `Kultur- og Fritidsudvalget den 1. juni` /
    // `2004, pkt. 44:`, `... den 2.` / `juni 2004, pkt. 61:`.)
    if (next && !next.blank && line.plain.length < 160 && line.plain.length >= 10 && mayEndBlockHeading(next.plain) && (/beslutning/iu.test(line.plain) || endsInCutDate(line.plain)) && !readSectionHeading(line) && !readDecisionBlockHeading(line.plain) && !readDecisionBlockHeading(next.plain)) {
      const joined = `${line.plain} ${next.plain}`;
      if (readDecisionBlockHeading(joined)) {
        out ??= body.slice(0, index);
        out.push(inlineLine(line, joined));
        index = nextAt;
        continue;
      }
    }
    // An absence sentence wrapped before its end (`Fraværende: A (C) - B (C) mødte som` / `stedfortræder.`, `A (F) havde
    // meldt afbud. B (F) deltog som` / `stedfortræder.`): read whole, or the substitute and the absence are lost and the
    // tail joins whatever is read last (a vote's parties).
    if (next && !next.blank && startsInLowerCase(next.unmarked) && !/[.:;!?]$/u.test(line.unmarked)) {
      if ((mayConcernAbsence(line.unmarked) && isAbsenceLineWithNames(line.unmarked)) || completesSentence(line.unmarked, next.unmarked)) {
        out ??= body.slice(0, index);
        out.push(inlineLine(line, `${line.unmarked} ${next.unmarked}`));
        index++;
        continue;
      }
    }
    out?.push(line);
  }
  return out ?? body;
}

/** A line that ends inside a date after `den`: its day (`den 2.`) or its day and month (`den 1. juni`). */
function endsInCutDate(text: string): boolean {
  return text.includes('den ') && DATE_CUT_AT_END.test(text);
}
const DATE_CUT_AT_END = /\sden\s+\d{1,2}\.(?:\s+\p{Ll}+)?$/u;

/**
 * Past a page's running head that starts at `index` under a form feed (the organ, `Referat`, `Åbent referat`: at most
 * four lines, each a running head): the index of the line after it, or `index` where no such head stands there.
 */
function pastRunningHeadAfterBreak(body: readonly SourceLine[], index: number): number {
  if (!body[index]?.pageBreak) return index;
  let past = index;
  while (past < index + 4 && body[past] && !body[past]!.blank && isRunningHead(body[past]!.plain.trim())) past++;
  return past;
}

const MAY_OPEN_ATTENDANCE = /fremmøde|stede|deltagerne|mødet\s+deltog/iu;

/**
 * København's attendance written above the dated blocks (`Fremmøde:` / `Stedfortræder: A for B` / `- A mødte kl. ...`)
 * is this meeting's: its lines go after the block's text, where the meeting's attendance is read from the decision.
 */
function attendanceAboveBlocks(plain: CollectedSection | undefined): readonly SourceLine[] {
  // Asked only of a plain decision above the blocks that holds an opener's word (most hold none, or nothing).
  if (!plain || !plain.lines.some((line) => !line.blank && MAY_OPEN_ATTENDANCE.test(line.plain))) return [];
  const opener = plain.lines.findIndex((line) => !line.blank && opensAttendanceStatement(line.plain.trim()));
  return opener < 0 ? [] : plain.lines.slice(opener);
}

/**
 * Where the names under `Fraværende i <organ>, <dato>:` go: under a dated block of that date, the block's (resolved with
 * it); on this meeting's date and of its body (`Thisted Byråd` names `Byrådet`), the item's; else another meeting's (a
 * MED committee's the same day), kept nowhere.
 */
function datedAbsenceSink(dated: { body: string; date: string }, meeting: MeetingContext, current: CollectedSection | undefined, itemAbsences: ParsedPersonReference[]): ParsedPersonReference[] {
  if (current?.kind === 'decisionBlock' && current.block!.date === dated.date) return current.absences;
  // (The meeting's body not read yet: any body but the staff's own committees, `Område-MED`, `Hoved-MED-udvalget`.)
  const ownBody = meeting.body === undefined ? !STAFF_COMMITTEE.test(dated.body) : indefiniteKey(dated.body).endsWith(indefiniteKey(meeting.body));
  return meeting.date === dated.date && ownBody ? itemAbsences : [];
}

/** A body's key without the definite ending (`Byrådet` and `Thisted Byråd` end alike). */
function indefiniteKey(body: string): string {
  return bodyKey(body).replace(/(?:et|en)$/u, '');
}

/** Only a dated decision block can hold another meeting's absences; everything else is the item's. */
function absencesOf(current: CollectedSection | undefined, itemAbsences: ParsedPersonReference[]): ParsedPersonReference[] {
  return current?.kind === 'decisionBlock' ? current.absences : itemAbsences;
}

function addAbsences(reading: Readonly<AbsenceReading>, line: number, into: ParsedPersonReference[], warnings: WarningCollector): void {
  for (const person of reading.people) into.push(personReference(person, line));
  for (const entry of reading.unreadable) warnings.add(line, 'absence-unreadable', `Absence entry not readable: "${entry}"`);
}

function personReference(person: Readonly<AbsenceReading['people'][number]>, line: number): ParsedPersonReference {
  // Built field by field in the output's order, not from spreads.
  const reference = { name: person.name } as ParsedPersonReference;
  if (person.party) reference.party = person.party;
  if (person.role) reference.role = person.role;
  // Absent means apologies in the readings before statuses were told apart: only `absent` is written out.
  if (person.attendance === 'absent') reference.attendance = 'absent';
  if (person.partial) reference.partial = person.partial;
  reference.line = line;
  return reference;
}

/**
 * The title repeated with its type code as the heading prints it (Vejen's `Temamøde - Diger (B)` under `Sagsnummer:`): a
 * repeat, not a member absent with a party letter.
 */
function repeatsTitleWithTypeCode(text: string, heading: ItemHeadingRead): boolean {
  const code = heading.typeCode;
  return code !== undefined && text.endsWith(`(${code})`) && text.slice(0, -code.length - 2).trimEnd() === heading.title;
}

/** `Dorte Dam (C)`, `A (V), B (O)`: nothing but names with party letters. */
function isBareAbsenceLine(text: string): boolean {
  // Every such line holds a party letter in parentheses: most lines under a heading hold none. (A member sent by
  // another authority, `Lars Viby (Fyns Politi)`, is named so beside a member with a party letter.)
  return text.includes('(') && BARE_ABSENCE_LINE.test(text) && /\([A-ZÆØÅ]\)/u.test(text);
}

// (The party one letter, or an abbreviation of two or three capitals: `SF`, a council's organisation `DH`.)
const BARE_ABSENCE_ENTRY = String.raw`\p{Lu}[\p{L}.' -]+\s\((?:[A-ZÆØÅ]{1,3}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})\)`;
const BARE_ABSENCE_LINE = new RegExp(String.raw`^${BARE_ABSENCE_ENTRY}(?:\s*(?:,|og)\s*${BARE_ABSENCE_ENTRY})*\.?$`, 'u');

function readAttachments(
  sections: readonly CollectedSection[],
  count: number | undefined,
  recommendedCount: number | undefined,
  countLine: number | undefined,
  warnings: WarningCollector,
): ParsedAttachments | undefined {
  // Neither a Bilag section nor a count line (a count always has its line): nothing to read.
  if (sections.length === 0 && countLine === undefined) return undefined;
  const titles = sections
    .flatMap((section) => contentLines(section.lines))
    .filter((line) => !readAttachmentCount(line))
    .map(readAttachmentTitle)
    .filter((title) => title !== undefined);
  let line = countLine ?? Infinity;
  for (const section of sections) line = Math.min(line, section.line);
  if (!Number.isFinite(line)) return undefined;
  if (count !== undefined && titles.length > 0 && titles.length !== count) {
    warnings.add(line, 'attachment-count-mismatch', `Bilag says ${count} attachment(s) but lists ${titles.length} title(s)`);
  }
  const listedRecommended = titles.filter((title) => title.recommended).length;
  if (recommendedCount !== undefined && titles.length > 0 && listedRecommended !== recommendedCount) {
    warnings.add(line, 'attachment-count-mismatch', `Bilag says ${recommendedCount} recommended but marks ${listedRecommended} ANBEFALES`);
  }
  // Built field by field in the output's order, not from spreads.
  const attachments = {} as ParsedAttachments;
  if (count !== undefined) attachments.count = count;
  if (recommendedCount !== undefined) attachments.recommendedCount = recommendedCount;
  attachments.titles = titles;
  attachments.line = line;
  return attachments;
}

/** A text's first sentence: up to a full stop before a capital letter or the line's end (a date's `12. august` goes on). */
const firstSentenceOf = (text: string) => /^[^\n]*?\.(?=\s+\p{Lu}|\s*(?:\n|$))/u.exec(text)?.[0] ?? text.split('\n')[0]!;
