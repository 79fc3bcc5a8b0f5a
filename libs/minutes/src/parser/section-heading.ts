import { mayStartLike } from './line-prefilter.js';
import { tableRowCells } from './table-row-label.js';
import { memoByText } from './text-memo.js';
import { collapseSpaces, withoutMarkers, type SourceLine } from './source-line.js';
import { LABELS_ONLY_ALONE, LABELS_ONLY_WITH_COLON, SECTION_LABELS, type SectionKind } from './vocabulary/section-labels.js';

export type { SectionKind };

/** Sections whose content is prose, kept as text; unknown sub-headings inside them stay part of them. */
export const NARRATIVE_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'description',
  'summary',
  'background',
  'presentation',
  'additionalParticipation',
  'economy',
]);

export interface SectionHeading {
  kind: SectionKind;
  /** The heading as written, without markers. */
  heading: string;
  /** Content written on the heading's own line after a colon (`Beslutning: Godkendt`). */
  inline?: string;
}

function headingKey(text: string): string {
  return collapseSpaces(withoutMarkers(text))
    .replace(/[\s:.]+$/, '')
    .trim()
    .toLowerCase();
}

/**
 * The whole table as one pattern, each row's body a named group of its own in the table's order: one test
 * instead of one per row, and the group that matched names the row (the first row that matches wins, as a
 * search of the rows in order would find). Only when every row is anchored at both ends with the same flags;
 * otherwise the rows are tried one by one.
 */
const ROWS_ANCHORED = SECTION_LABELS.every(([pattern]) => pattern.flags === 'u' && /^\^.*\$$/su.test(pattern.source) && !pattern.source.endsWith('\\$'));
const ANY_LABEL = ROWS_ANCHORED ? new RegExp(`^(?:${SECTION_LABELS.map(([pattern], row) => `(?<row${row}>${pattern.source.slice(1, -1)})`).join('|')})$`, 'u') : undefined;

/** Labels recur in every item (`Beslutning`, `Sagsfremstilling`, ...): each key is looked up in the table once. */
const labelKind = memoByText(labelKindInTable);

function labelKindInTable(key: string): SectionKind | undefined {
  if (!ANY_LABEL) return SECTION_LABELS.find(([pattern]) => pattern.test(key))?.[1];
  const groups = ANY_LABEL.exec(key)?.groups;
  if (!groups) return undefined;
  const row = Object.keys(groups).find((name) => groups[name] !== undefined);
  return row === undefined ? undefined : SECTION_LABELS[Number(row.slice(3))]?.[1];
}

/** The words every label starts with, from the table: one test spares the whole list for most lines. */
const mayBeLabel = mayStartLike(SECTION_LABELS.map(([pattern]) => pattern), { ignoreCase: true });

const LABEL_LENGTH = 70;

function kindOf(text: string): SectionKind | undefined {
  // Labels are a few words: a longer text is not one.
  if (text.length > LABEL_LENGTH) return undefined;
  const key = headingKey(text);
  if (!mayBeLabel(key)) return undefined;
  return labelKind(key);
}

/** A known section heading, alone on its line or followed by `: content`. */
export function readSectionHeading(line: SourceLine): SectionHeading | undefined {
  // Lines are asked again and again (item scan, title joins, item bodies): each is read once, on the line itself.
  const known = line.sectionReading as SectionHeading | null | undefined;
  if (known !== undefined) return known ?? undefined;
  const reading = readSectionHeadingFirstTime(line) ?? null;
  line.sectionReading = reading;
  return reading ?? undefined;
}

function readSectionHeadingFirstTime(line: SourceLine): SectionHeading | undefined {
  if (line.blank) return undefined;
  // `| Beslutning | Godkendt. |`: a label in a table's first cell, its content as long as it is (one code compared on
  // every other line).
  if (line.plain.charCodeAt(0) === 0x7c) return readTableRowHeading(line.plain);
  // (A web page's fold-out sections, every label led by a bullet: kommune.viborg.dk's `• Indstilling`, `• Beslutning i
  // <udvalg> den DD-MM-YYYY`. The bullet is not the label's.)
  const bulleted = line.plain.charCodeAt(0) === 0x2022 && line.plain.charCodeAt(1) === 0x20;
  const plain = bulleted ? line.plain.slice(2).trimStart() : line.plain;
  // A label is at most LABEL_LENGTH characters, alone or before a colon: prose lines end here (asked first: a
  // search for the colon costs less than the start test below, which most lines pass by their first letter).
  if (plain.length > LABEL_LENGTH) {
    const colon = plain.indexOf(':');
    if (colon <= 0 || colon > LABEL_LENGTH) return undefined;
  }
  // Every label starts with one of a few words: other lines end here.
  if (!mayBeLabel(bulleted ? plain : line.unmarked)) return undefined;
  return plain.length <= LABEL_LENGTH ? readShortHeading(plain) : readSectionHeadingOnce(plain);
}

/**
 * A short line is read once per process: the same label lines (`Beslutning`, `Indstilling:`) stand in every item
 * of a referat, and keying one costs more than looking its text up. Readings are shared, never changed.
 */
const readShortHeading = memoByText(readSectionHeadingOnce);

function readSectionHeadingOnce(plain: string): SectionHeading | undefined {
  // Labels are short: a long line is text, whatever it starts with.
  if (plain.length > 160 && !plain.includes(':')) return undefined;
  const bare = kindOf(plain);
  const whole = bare !== undefined && !plain.includes(':') && LABELS_ONLY_WITH_COLON.test(headingKey(plain)) ? undefined : bare;
  // `høring.` in lower case and ending a sentence is the tail of one wrapped before its last word (`... sendes i` /
  // `høring.`), not a heading.
  if (whole && !(/^\p{Ll}/u.test(plain) && /\.\s*$/u.test(plain))) return { kind: whole, heading: headingKey(plain) };
  const colon = plain.indexOf(':');
  if (colon > 0) {
    const kind = kindOf(plain.slice(0, colon));
    const inline = withoutMarkers(plain.slice(colon + 1)).trim();
    // (`Referat: Godkendt uden bemærkninger.` holds an item's decision; `Referat: 13. maj 2024` is a head's date line.)
    if (kind && kind !== 'container' && inline.length > 0 && (!LABELS_ONLY_ALONE.test(headingKey(plain.slice(0, colon))) || !/\d/u.test(inline))) {
      // `Sagsforløb: ØK/BY` names the route ahead; alone on its line it opens the case history.
      return { kind: kind === 'course' ? 'routing' : kind, heading: headingKey(plain.slice(0, colon)), inline };
    }
  }
  return undefined;
}

/** A table row whose first cell is a label: the label, and the other cells as its content on the line. */
function readTableRowHeading(plain: string): SectionHeading | undefined {
  const cells = tableRowCells(plain);
  if (!cells) return undefined;
  const kind = kindOf(cells[0]!);
  if (!kind || kind === 'container') return undefined;
  const inline = cells.slice(1).filter((cell) => cell.length > 0).join(' ');
  return inline.length > 0 ? { kind, heading: headingKey(cells[0]!), inline } : { kind, heading: headingKey(cells[0]!) };
}

/** Danish name of a section, for warnings. */
export const SECTION_LABEL: Readonly<Record<SectionKind, string>> = {
  container: 'Indhold',
  description: 'Beskrivelse',
  summary: 'Sammendrag',
  background: 'Baggrund',
  presentation: 'Sagsfremstilling',
  additionalParticipation: 'Yderligere deltagelse',
  economy: 'Økonomiske konsekvenser og finansiering',
  attachments: 'Bilag',
  decidingBody: 'Beslutningen træffes af',
  routing: 'Forventet sagsgang',
  recommendation: 'Indstilling',
  decision: 'Beslutning',
  course: 'Sagens forløb',
  earlierTreatment: 'Tidligere behandling',
};
