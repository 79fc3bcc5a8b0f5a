import { readAttachmentCount, readAttachmentTitle } from './attachments.parser.js';
import { cleanBodyName } from './body-name.js';
import { parseCourse } from './case-course.parser.js';
import { readCaseNumberLine } from './case-number.js';
import { parseDecision } from './decision.parser.js';
import { parseEarlierTreatments } from './earlier-treatment.parser.js';
import type {
  ParsedAttachments,
  ParsedItem,
  ParsedItemSections,
  ParsedPersonReference,
} from './parsed-minutes.types.js';
import { readPersonEntry, splitOutsideParentheses } from './person-list.parser.js';
import { parseRecommendations } from './recommendations.parser.js';
import { NARRATIVE_SECTIONS, SECTION_LABEL, readSectionHeading, type SectionKind } from './section-heading.js';
import { blockText, contentLines, type SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';

/** The item's heading as found by the document scan. */
export interface ItemHeadingRead {
  number?: number;
  title: string;
  closed: boolean;
  line: number;
}

interface CollectedSection {
  kind: SectionKind | 'unknown';
  heading: string;
  level: number;
  line: number;
  lines: SourceLine[];
  /** For Bilag: the section that was open before it, resumed when prose follows the count line. */
  resume?: CollectedSection | undefined;
  countSeen?: boolean;
}

// `Afbud Allan Kristensen (C), Saime B. Inanc (Ø)`; not the `Afbud/Fraværende` group heading.
const ABSENCE_LINE = /^(?:afbud|fraværende|deltog ikke)\s*:?\s+(?![/])(.+)$/iu;

type NarrativeKey = 'description' | 'summary' | 'background' | 'presentation' | 'additionalParticipation' | 'economy';

function inlineLine(line: SourceLine, text: string): SourceLine {
  return { no: line.no, raw: text, text, plain: text, headingLevel: 0, bold: false, blank: false };
}

/**
 * Reads one item's lines (after its heading) into sections. Closed items are read only for their case number
 * and absences: their content must never reach the output, not even in a warning.
 */
export function parseItemBody(heading: ItemHeadingRead, body: readonly SourceLine[], warnings: WarningCollector): ParsedItem {
  const item: ParsedItem = {
    ...(heading.number === undefined ? {} : { number: heading.number }),
    title: heading.title,
    line: heading.line,
    closed: heading.closed,
    recommendations: [],
    absences: [],
    earlierTreatments: [],
    course: [],
    sections: { other: [] },
  };

  const preamble: SourceLine[] = [];
  const sections: CollectedSection[] = [];
  let current: CollectedSection | undefined;
  let count: number | undefined;
  let recommendedCount: number | undefined;
  let countLine: number | undefined;
  let sawContent = false;

  for (const line of body) {
    if (line.blank) {
      (current?.lines ?? preamble).push(line);
      continue;
    }
    const caseNumber = readCaseNumberLine(line.plain);
    if (caseNumber && !current && contentLines(preamble).length === 0) {
      if (item.caseNumber === undefined) {
        item.caseNumber = caseNumber;
        item.caseNumberLine = line.no;
        continue;
      }
      if (item.caseNumber !== caseNumber) {
        warnings.add(line.no, 'case-number-ambiguous', `Second case number ${caseNumber} for item ${heading.number ?? '?'}; keeping ${item.caseNumber}`);
      }
    }
    const section = readSectionHeading(line);
    const absence = section ? undefined : ABSENCE_LINE.exec(line.plain.replace(/\*\*|__/g, ''));
    if (absence) {
      readAbsences(absence[1]!, line.no, item.absences, warnings);
      continue;
    }
    sawContent = true;
    const attachmentCount = readAttachmentCount(line);
    if (attachmentCount) {
      count = (count ?? 0) + attachmentCount.count;
      if (attachmentCount.recommended !== undefined) recommendedCount = (recommendedCount ?? 0) + attachmentCount.recommended;
      countLine ??= line.no;
    }
    if (section) {
      if (section.kind === 'container') {
        current = undefined;
        continue;
      }
      const resume = section.kind === 'attachments' && current?.kind !== 'attachments' ? current : undefined;
      current = { kind: section.kind, heading: section.heading, level: line.headingLevel, line: line.no, lines: [], resume };
      if (section.inline) current.lines.push(inlineLine(line, section.inline));
      sections.push(current);
      continue;
    }
    if (line.headingLevel > 0) {
      if (current && current.kind !== 'unknown' && NARRATIVE_SECTIONS.has(current.kind)) {
        // A sub-heading inside prose (`##### Deltagelse og effekter`): it stays part of that section.
        current.lines.push(line);
        if (!heading.closed && current.level > 0 && line.headingLevel <= current.level) {
          warnings.add(line.no, 'unknown-heading', `Unknown heading "${line.plain}" kept as part of ${SECTION_LABEL[current.kind]}`);
        }
        continue;
      }
      current = { kind: 'unknown', heading: line.plain, level: line.headingLevel, line: line.no, lines: [] };
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
    (current?.lines ?? preamble).push(line);
  }

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
  if (preambleText) item.sections.preamble = preambleText;

  const attachmentSections = sections.filter((section) => section.kind === 'attachments');
  const attachments = readAttachments(attachmentSections, count, recommendedCount, countLine, warnings);
  if (attachments) item.attachments = attachments;

  const seen = new Set<string>();
  for (const section of sections) {
    const duplicate = seen.has(section.kind);
    seen.add(section.kind);
    const text = blockText(section.lines);
    if (!text && section.kind !== 'unknown') {
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
        const body = cleanBodyName(contentLines(section.lines).map((line) => line.text).join(' '));
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
        if (duplicate) {
          warnings.add(section.line, 'duplicate-section', 'Second Beslutning section; kept in sections.other, the first is the decision');
          item.sections.other.push({ heading: section.heading, text, line: section.line });
          break;
        }
        const decision = parseDecision(section.lines, item.recommendations.map((point) => point.point), warnings);
        if (decision) item.decision = decision;
        break;
      }
      case 'earlierTreatment':
        item.earlierTreatments.push(...parseEarlierTreatments(section.lines, warnings));
        break;
      case 'course':
        item.course.push(...parseCourse(section.lines, warnings));
        break;
      default: {
        const key = section.kind as NarrativeKey;
        if (duplicate) warnings.add(section.line, 'duplicate-section', `Second ${SECTION_LABEL[section.kind]} section; its text is appended`);
        setNarrative(item.sections, key, joinText(item.sections[key], text));
      }
    }
  }

  if (!item.decision && !sections.some((section) => section.kind === 'decision')) {
    warnings.add(heading.line, 'no-decision', `Item ${heading.number ?? '?'} has no Beslutning section`);
  }
  return item;
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

function readAbsences(list: string, line: number, into: ParsedPersonReference[], warnings: WarningCollector): void {
  for (const entry of splitOutsideParentheses(list)) {
    const person = readPersonEntry(entry);
    if (!person) {
      warnings.add(line, 'absence-unreadable', `Absence entry not readable: "${entry}"`);
      continue;
    }
    into.push({ name: person.name, ...(person.party ? { party: person.party } : {}), ...(person.role ? { role: person.role } : {}), line });
  }
}

function readAttachments(
  sections: readonly CollectedSection[],
  count: number | undefined,
  recommendedCount: number | undefined,
  countLine: number | undefined,
  warnings: WarningCollector,
): ParsedAttachments | undefined {
  const titles = sections
    .flatMap((section) => contentLines(section.lines))
    .filter((line) => !readAttachmentCount(line))
    .map(readAttachmentTitle)
    .filter((title) => title !== undefined);
  const line = Math.min(countLine ?? Infinity, ...sections.map((section) => section.line));
  if (!Number.isFinite(line)) return undefined;
  if (count !== undefined && titles.length > 0 && titles.length !== count) {
    warnings.add(line, 'attachment-count-mismatch', `Bilag says ${count} attachment(s) but lists ${titles.length} title(s)`);
  }
  const listedRecommended = titles.filter((title) => title.recommended).length;
  if (recommendedCount !== undefined && titles.length > 0 && listedRecommended !== recommendedCount) {
    warnings.add(line, 'attachment-count-mismatch', `Bilag says ${recommendedCount} recommended but marks ${listedRecommended} ANBEFALES`);
  }
  return {
    ...(count === undefined ? {} : { count }),
    ...(recommendedCount === undefined ? {} : { recommendedCount }),
    titles,
    line,
  };
}
