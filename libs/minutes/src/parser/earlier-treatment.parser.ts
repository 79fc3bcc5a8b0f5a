import { cleanBodyName, sameBody } from './body-name.js';
import { findDanishDate } from './danish-date.js';
import { readOutcome } from './decision-outcome.js';
import type { ParsedEarlierTreatment } from './parsed-minutes.types.js';
import { contentLines, type SourceLine } from './source-line.js';
import { joinedText, writtenLines } from './written-lines.js';
import type { WarningCollector } from './warning-collector.js';

// After the date: `Punkt 3`, `pkt. 6.`, `Punkt 4 og 5`, `punkterne 2, 3 og 4`, `punkt` without a number, or a
// protocol's `sag nr. 41` (items numbered as `Sag nr.`).
const ITEM_REFERENCE = /^(?:,\s*)?(?:under\s+)?(?:punkt(?:erne)?|pkt\.?|sag\s+nr\.?)\s*(\d+(?:\s*(?:,|og|&)\s*\d+)*)?\s*\.?$/iu;

/** A Markdown export's bullet tells that meeting's verdict after a colon: `<organ>, 6. marts 2023, pkt. 4: Udsat.` */
const VERDICT_AFTER_REFERENCE = /^(?<reference>[^:]*?)\s*:\s+(?<verdict>\p{Lu}.*)$/u;

/**
 * What stands between the body and the date (`, `, `den`, `d.`, `på mødet`), and what may be left of it. The pattern
 * is tried at every position of the line; a word start is `(?<!\w)`, not `\b`: before a word character the two
 * mean the same, and V8 runs `\b` in an `iu` pattern on a slow path (about ten times dearer per position; a
 * look-ahead for the first characters halved it, the look-behind alone is faster still).
 */
const BEFORE_DATE = /\s*(?:,|(?<!\w)den|(?<!\w)d\.|(?<!\w)på mødet|(?<!\w)mødet)\s*$/iu;
const LEFT_BEFORE_DATE = /\s*(?:,|(?<!\w)den|(?<!\w)d\.)\s*$/iu;

/** A verdict in brackets at the end (`punkt 4 (godkendt til høring)`, `pkt. 5 (udsat)`). */
const VERDICT_IN_BRACKETS = /\s*\((?<verdict>[^()]{3,60})\)\.?$/u;

/** After a leading date: the body, then perhaps the item reference. */
const DATE_FIRST_BODY = /^(?<body>\p{Lu}[^,]*?)\s*\.?\s*(?<reference>,?\s*(?:punkt(?:erne)?|pkt\.?).*)?$/u;

/**
 * Reads `Tidligere behandling` lines: `<body> den <d. month yyyy> Punkt <n>`. A line whose body or date cannot
 * be read is reported, not guessed; a missing item number gives an empty list and a warning.
 */
export function parseEarlierTreatments(lines: readonly SourceLine[], warnings: WarningCollector): ParsedEarlierTreatment[] {
  const treatments: ParsedEarlierTreatment[] = [];
  // (Read as written: `<organ> den 12. marts 2012, sag` / `nr. 41` re-wrapped is one line.)
  for (const written of writtenLines(contentLines(lines))!) {
    const line = written[0]!;
    const text = joinedText(written, (piece) => piece.unmarked).replace(/^[-•*]\s+/u, '').trim();
    const date = findDanishDate(text);
    if (!date) {
      warnings.add(line.no, 'earlier-treatment-unreadable', `Earlier treatment without a readable date: "${text}"`);
      continue;
    }
    const before = text.slice(0, date.index).replace(BEFORE_DATE, '').trim();
    let after = text.slice(date.index + date.length).trim();
    // Vejen writes the date first: `03.09.2024 Teknik- og Miljøudvalget.`, `17.03.2025 Byrådet, punkt 4.`
    const dateFirst = before.length === 0 ? DATE_FIRST_BODY.exec(after) : null;
    if (dateFirst) after = dateFirst.groups!.reference ?? '';
    const body = cleanBodyName(dateFirst ? dateFirst.groups!.body! : before.replace(LEFT_BEFORE_DATE, ''));
    if (body.length === 0) {
      warnings.add(line.no, 'earlier-treatment-unreadable', `Earlier treatment without a body: "${text}"`);
      continue;
    }
    // `..., pkt. 4: Udsat.` (a Markdown export's bullet) or `..., punkt 4 (udsat)`: that meeting's verdict after the reference.
    const afterColon = after.includes(':') ? VERDICT_AFTER_REFERENCE.exec(after) : null;
    const inBrackets = !afterColon && (after.endsWith(')') || after.endsWith(').')) ? VERDICT_IN_BRACKETS.exec(after) : null;
    const verdict = afterColon ?? inBrackets;
    const outcome = verdict ? readOutcome(verdict.groups!.verdict!) : undefined;
    if (afterColon) after = afterColon.groups!.reference!;
    else if (inBrackets) after = after.slice(0, inBrackets.index).trim();
    const reference = ITEM_REFERENCE.exec(after);
    let itemNumbers: number[] = [];
    if (reference && reference[1]) {
      itemNumbers = reference[1].split(/\s*(?:,|og|&)\s*/u).map(Number);
    } else if (reference || after.length === 0) {
      warnings.add(line.no, 'earlier-treatment-item-missing', `Earlier treatment by ${body} on ${date.iso} names no item number`);
    } else {
      warnings.add(line.no, 'earlier-treatment-unreadable', `Earlier treatment: cannot read the item reference "${after}"`);
    }
    const treatment: ParsedEarlierTreatment = { body, date: date.iso, itemNumbers, text, line: line.no };
    if (outcome?.outcome && outcome.unrecognised !== true) treatment.outcome = outcome.outcome;
    if (outcome?.postponed) treatment.postponed = true;
    treatments.push(treatment);
  }
  return treatments;
}

/**
 * One earlier meeting read twice, from its dated decision block and from the `Tidligere behandling` line
 * (Vejen prints both), is one treatment: the first reading is kept and takes what only the other has (outcome,
 * postponement, item numbers). Readings with different item numbers stay apart.
 */
export function mergeSameMeetings(treatments: readonly ParsedEarlierTreatment[]): ParsedEarlierTreatment[] {
  const merged: ParsedEarlierTreatment[] = [];
  for (const treatment of treatments) {
    const same = merged.find(
      (kept) =>
        kept.date === treatment.date &&
        sameBody(kept.body, treatment.body) &&
        (kept.itemNumbers.length === 0 || treatment.itemNumbers.length === 0 || kept.itemNumbers.join() === treatment.itemNumbers.join()),
    );
    if (!same) {
      merged.push(treatment);
      continue;
    }
    if (same.itemNumbers.length === 0) same.itemNumbers = treatment.itemNumbers;
    if (same.outcome === undefined && treatment.outcome !== undefined) same.outcome = treatment.outcome;
    if (!same.postponed && treatment.postponed) same.postponed = true;
  }
  return merged;
}
