import { sameBody } from './body-name.js';
import { readCaseNumberLine } from './case-number.js';
import { assertReadableText, warnAboutReplacementCharacters } from './input-guard.js';
import { parseItemBody, type ItemHeadingRead } from './item-body.parser.js';
import { readClosedMarker, readItemHeading } from './item-heading.parser.js';
import { detectLayout } from './layout-detector.js';
import { findSourceUrl, parseMeetingHead } from './meeting-head.parser.js';
import type { ParsedItem, ParsedMinutes, ReferencedMeeting } from './parsed-minutes.types.js';
import { readSectionHeading } from './section-heading.js';
import { splitSourceLines, type SourceLine } from './source-line.js';
import { WarningCollector } from './warning-collector.js';

interface ItemSpan {
  heading: ItemHeadingRead;
  headingLine: SourceLine;
  /** Index of the first body line (after the heading and its wrapped title lines). */
  bodyStart: number;
  /** Index after the last body line. */
  end: number;
}

/** Title lines that may follow a heading line: the old PDF text wraps long titles. */
const MAX_TITLE_CONTINUATION_LINES = 3;

/**
 * Turns the text of a referat into a structured meeting. Pure: no I/O, no clock, no randomness.
 *
 * Throws `ParseError` only for input that is not text (empty, binary). Everything else is parsed as far as
 * it can be read, and what could not be read is reported in `warnings` with its line number; no fact is
 * invented and no section is dropped without a warning.
 */
export function parseMinutes(text: string, documentName: string): ParsedMinutes {
  assertReadableText(text, documentName);
  const warnings = new WarningCollector();
  const lines = splitSourceLines(text);
  warnAboutReplacementCharacters(lines, warnings);
  const sourceUrl = findSourceUrl(lines);
  const skip = new Set<number>(sourceUrl ? [sourceUrl.line] : []);

  const spans = findItemSpans(lines, skip, warnings);
  const items: ParsedItem[] = spans.map((span) =>
    parseItemBody(
      span.heading,
      lines.slice(span.bodyStart, span.end).filter((line) => !skip.has(line.no)),
      warnings,
    ),
  );

  const headLines = lines.slice(0, spans[0]?.headingLine ? spans[0].headingLine.no - 1 : lines.length).filter((line) => !skip.has(line.no));
  const bodiesInText = items.flatMap((item) => [
    ...(item.decidingBody ? [item.decidingBody] : []),
    ...item.earlierTreatments.map((treatment) => treatment.body),
    ...item.course.map((entry) => entry.body),
  ]);
  const head = parseMeetingHead(headLines, sourceUrl, bodiesInText, warnings);

  if (items.length === 0) {
    warnings.add(0, 'no-items', 'No agenda item headings (Punkt N) found');
  }
  if (head.tableOfContents && head.tableOfContents.entries > 0 && head.tableOfContents.entries !== items.length) {
    warnings.add(
      head.tableOfContents.line,
      'toc-mismatch',
      `Indholdsfortegnelse lists ${head.tableOfContents.entries} item(s) but ${items.length} were found (truncated document?)`,
    );
  }
  checkOutcomesAgainstDecidingBody(items, head.meeting.body, warnings);

  return {
    document: {
      name: documentName,
      lineCount: lines.length,
      layout: detectLayout(spans.map((span) => span.headingLine)),
      ...(sourceUrl ? { sourceUrl: sourceUrl.url, sourceUrlLine: sourceUrl.line } : {}),
    },
    meeting: head.meeting,
    participants: head.participants,
    items,
    referencedMeetings: collectReferencedMeetings(items, head.meeting.date),
    warnings: warnings.sorted(),
  };
}

function findItemSpans(lines: readonly SourceLine[], skip: ReadonlySet<number>, warnings: WarningCollector): ItemSpan[] {
  const spans: ItemSpan[] = [];
  let lastNumber: number | undefined;
  let itemLevel: number | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (skip.has(line.no)) continue;
    const afterBlank = index === 0 || lines[index - 1]!.blank;
    const match = readItemHeading(line, { afterBlank, lastNumber, itemLevel });
    if (!match) continue;

    let title = match.title;
    let bodyStart = index + 1;
    if (title.length === 0) {
      // `#### **Punkt 3.**` with the title on the next non-blank line.
      let next = bodyStart;
      while (next < lines.length && lines[next]!.blank) next++;
      const candidate = lines[next];
      if (candidate && isTitleLine(candidate, lastNumber, itemLevel)) {
        title = candidate.plain.replace(/\*\*|__/g, '').trim();
        bodyStart = next + 1;
      }
    }
    for (let added = 0; added < MAX_TITLE_CONTINUATION_LINES && title.length > 0; added++) {
      const next = lines[bodyStart];
      if (!next || next.blank || next.headingLevel > 0 || !isTitleLine(next, lastNumber, itemLevel)) break;
      title = `${title} ${next.plain.replace(/\*\*|__/g, '').trim()}`;
      bodyStart++;
    }

    const closed = readClosedMarker(title);
    if (match.number === undefined) {
      warnings.add(line.no, 'item-number-missing', `Item heading without a number: "${line.text}"`);
    } else if (lastNumber !== undefined && match.number <= lastNumber) {
      warnings.add(line.no, 'item-number-out-of-order', `Item ${match.number} follows item ${lastNumber}`);
    }
    if (closed.title.length === 0) warnings.add(line.no, 'item-title-missing', `Item ${match.number ?? '?'} has no title`);
    if (spans.length > 0) spans[spans.length - 1]!.end = index;
    spans.push({
      heading: { ...(match.number === undefined ? {} : { number: match.number }), title: closed.title, closed: closed.closed, line: line.no },
      headingLine: line,
      bodyStart,
      end: lines.length,
    });
    if (match.number !== undefined) lastNumber = Math.max(lastNumber ?? match.number, match.number);
    if (line.headingLevel > 0) itemLevel = Math.min(itemLevel ?? line.headingLevel, line.headingLevel);
    index = bodyStart - 1;
  }
  return spans;
}

/** A line that can be (part of) a title: not a section heading, case number, absence line or item heading. */
function isTitleLine(line: SourceLine, lastNumber: number | undefined, itemLevel: number | undefined): boolean {
  if (line.blank || readSectionHeading(line) || readCaseNumberLine(line.plain)) return false;
  if (/^(?:afbud|source\s+url)\b/iu.test(line.plain)) return false;
  return !readItemHeading(line, { afterBlank: true, lastNumber, itemLevel });
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
    if (outcome === 'approved' && !ownBody) {
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
