import { execStartingLike, testStartingLike } from './line-prefilter.js';
import { withoutMarkers, type SourceLine } from './source-line.js';
import { ACCESS_WITH_NUMBER, CASE_NUMBER_LABEL, CASE_NUMBER_LABEL_WORDS, CASE_NUMBER_SCHEMES, OTHER_NUMBER_LABEL, SAG_NR, type CaseNumberScheme } from './vocabulary/case-numbers.js';

export interface CaseNumberReading {
  /** Exactly as printed (spacing inside kept). */
  value: string;
  scheme: CaseNumberScheme['name'];
  /** A shape that is a case number wherever it stands (KLE, First Agenda). */
  distinctive: boolean;
  /** The line holds nothing else than the number, its label and access word. */
  whole: boolean;
  /** A case-number label stood in front of it. */
  labelled: boolean;
  /** The number opens the line (run-together text goes on after it). */
  atStart?: boolean;
  /** A bare KLE classification (`J.nr. 00.01.00A00`): the case's number only where the item prints no other. */
  classification?: boolean;
}

const SERIAL_AFTER_KLE = /(?:19|20)\d{2}\/\d{1,8}$/u;

/** The anchored patterns, asked only of lines that start like them (every line with a digit is read here). */
const isSagNr = testStartingLike(SAG_NR);
const accessWithNumber = execStartingLike(ACCESS_WITH_NUMBER);
const caseNumberLabel = execStartingLike(CASE_NUMBER_LABEL);

/**
 * A label anywhere in the line, after a space, a system's name and its hyphen (`Acadre-sagsnr.:`) or a bracket (a Word
 * document's `(Sagsnr. 18/1932)` on its own line under the heading).
 */
const LABEL_ANYWHERE = new RegExp(String.raw`(?:^|[\s(\[-])(?:${CASE_NUMBER_LABEL_WORDS})\s*\.?\s*:?\s*`, 'iu');
/**
 * PolWeb's `Sag 306-2009-600`, Samsø's `Sag: 00.01.00-A00-3-19` and `Sag: EMN-2025-000871`: the word alone before the
 * number, at the line's start.
 */
const SAG_BEFORE_NUMBER = /^sag\s*:?\s+(?=\d|\p{Lu}{2,5}-\d)/iu;
/**
 * A KLE classification without its serial files the case but names none beside another number (`J.nr.: 00.30.10S00
 * Sagsid: 08/1234`), nor does one at group level (`00.01A00`); alone after its label it is the case's journal number.
 */
const BARE_KLE = /^\d{2}\.\d{2}(?:\.\d{2})?\s?-?\s?[A-ZÆØÅ]\d{2}$/u;
/** A case number that is only a KLE classification (`00.01.00A00`): another number the item prints is the case's. */
export function isBareClassification(value: string): boolean {
  return value.length <= 14 && BARE_KLE.test(value);
}

/**
 * Every case-number label holds `sag`, `nr` or `nummer` (`Journalnummer`), and every label of another number
 * (`OTHER_NUMBER_LABEL`) `nr`, in the same case folding: a line without one is neither searched for them nor copied.
 */
const MAY_HOLD_LABEL = /nr|sag|nummer/iu;

/**
 * Reads the case number a line states: labelled (`Sagsnr.: 14/30210`, `Sagsnummer: 25/1122`), on an access
 * line (`Åbent - 00.30.10-S55-1-23`), alone on its line, or (distinctive schemes only) anywhere in a short
 * line. `Dok.nr.` values are never case numbers.
 */
export function readCaseNumber(line: string): CaseNumberReading | undefined {
  const text = withoutMarkers(line).trim();
  // Every scheme has digits: a line without one holds no case number.
  if (text.length === 0 || text.length > 200 || !holdsDigit(text)) return undefined;
  // Rødovre's `Sag nr. 162` numbers the item, not the case.
  if (isSagNr(text)) return undefined;

  const labels = MAY_HOLD_LABEL.test(text);
  const withoutOthers = labels ? text.replace(OTHER_NUMBER_LABEL, ' ') : text;
  let region = withoutOthers;
  let labelled = false;
  const label = labels ? (LABEL_ANYWHERE.exec(withoutOthers) ?? ((withoutOthers.charCodeAt(0) | 0x20) === 0x73 ? SAG_BEFORE_NUMBER.exec(withoutOthers) : null)) : null;
  if (label) {
    labelled = true;
    region = withoutOthers.slice(label.index + label[0].length);
  } else {
    const access = accessWithNumber(withoutOthers);
    if (access) {
      labelled = true;
      region = access[2]!;
    }
  }
  for (const scheme of CASE_NUMBER_SCHEMES) {
    if (!labelled && !scheme.distinctive) continue;
    if (scheme.holds !== undefined && !region.includes(scheme.holds)) continue;
    const match = scheme.pattern.exec(region);
    if (!match) continue;
    if (!labelled && match.index > 0 && text.length > 80) continue;
    const whole = onlyAccessAndPunctuation(region.slice(0, match.index) + ' ' + region.slice(match.index + match[0].length)) && (!label || onlyAccessAndPunctuation(withoutOthers.slice(0, label.index)));
    // (Alone after its label, `J.nr. 00.01.00A00` is all the journal number an old protocol prints: the item's case.)
    if (scheme.name === 'kle' && match[0].length <= 14 && BARE_KLE.test(match[0]) && !(labelled && whole)) continue;
    // `00.30.10Ø09 - 2024/21442` without a label: a KLE classification before the SBSYS serial, which is the case (as
    // `Åbent - 17.00.00A00 - 2009/041177` reads with one).
    const serial = scheme.name === 'kle' && match[0].includes('/') ? SERIAL_AFTER_KLE.exec(match[0]) : null;
    const value = serial ? serial[0] : match[0].trim();
    const classification = scheme.name === 'kle' && match[0].length <= 14 && BARE_KLE.test(match[0]);
    // Built field by field, not from spreads (every line near a heading is read here).
    const reading: CaseNumberReading = { value, scheme: serial ? 'sbsys' : scheme.name, distinctive: scheme.distinctive, whole, labelled };
    if (!labelled && match.index === 0) reading.atStart = true;
    if (classification) reading.classification = true;
    return reading;
  }
  return undefined;
}

/**
 * `readCaseNumber` of a line (of its text without markers, which every caller reads), kept on the line: the item scan
 * asks the lines under and over each candidate heading, and the item's reader the first lines of its body again.
 */
export function readCaseNumberOfLine(line: SourceLine): CaseNumberReading | undefined {
  const known = line.caseReading as CaseNumberReading | null | undefined;
  if (known !== undefined) return known ?? undefined;
  const reading = line.blank ? undefined : readCaseNumber(line.unmarked);
  line.caseReading = reading ?? null;
  return reading;
}

/**
 * A line that is one case number of any scheme and nothing else (`19/00412`): asked only where the layout says the
 * line holds one (a number the pre-pass cut off the front of its heading), since a bare `24/12` may be anything.
 */
export function readWholeCaseNumberOfAnyScheme(line: string): CaseNumberReading | undefined {
  const text = line.trim();
  // Every scheme's number ends in a digit and starts with one (or with First Agenda's `EMN-`): most lines are told by
  // their two ends, each scheme by the text it holds.
  if (!isDigitCode(text.charCodeAt(text.length - 1)) || !(isDigitCode(text.charCodeAt(0)) || text.charCodeAt(0) === 0x45 /* E */)) return undefined;
  for (const scheme of CASE_NUMBER_SCHEMES) {
    if (scheme.labelOnly || (scheme.holds !== undefined && !text.includes(scheme.holds))) continue;
    const match = scheme.pattern.exec(text);
    if (match && match.index === 0 && match[0].length === text.length) return { value: text, scheme: scheme.name, distinctive: scheme.distinctive, whole: true, labelled: false, atStart: true };
  }
  return undefined;
}

/**
 * A title that ends in its case number in brackets (`Titel (24/1234)`, `Titel (EMN-2025-000418)`, `Titel (sagsnr.
 * 14/4410)`): the title without it and the number. A bare serial (`(12345)`) may be anything and is left.
 */
export function readBracketedCaseNumber(title: string): { title: string; value: string } | undefined {
  if (title.charCodeAt(title.length - 1) !== 0x29 /* ) */ || !isDigitCode(title.charCodeAt(title.length - 2))) return undefined;
  const open = title.lastIndexOf('(');
  if (open <= 0) return undefined;
  let inner = title.slice(open + 1, -1).trim();
  // `Titel (sagsnr. 14/4410)`: a Word table's title cell with its number labelled in the brackets; labelled, even a
  // serial is the case's number.
  const label = isDigitCode(inner.charCodeAt(0)) ? null : CASE_NUMBER_LABEL.exec(inner);
  if (label && label[0].length > 0) inner = inner.slice(label[0].length).trim();
  const reading = readWholeCaseNumberOfAnyScheme(inner);
  return reading && (label || reading.scheme !== 'serial') ? { title: title.slice(0, open).trimEnd(), value: reading.value } : undefined;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether the text holds a digit (what `/\d/` finds: every scheme has digits), told by character code, no pattern call. */
function holdsDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** With a look-ahead for the words' first letters (as `OTHER_NUMBER_LABEL`): the `\b` is tested only where a word may start. */
const ACCESS_WORD = /(?=[ål])\b(?:åbent?|lukket)\b/giu;
/** The access words without their word boundaries: the cheap test (`\b` makes an `iu` pattern several times dearer). */
const MAY_HOLD_ACCESS_WORD = /åben|lukket/iu;

const ONLY_PUNCTUATION = /^[\s.:,;–()[\]-]*$/u;

/**
 * Whether a line holds nothing beside its number but access words, spaces and punctuation (a line of its own).
 * Asked, not built: the test stops at the first other character, where removing them all from a long run-together
 * line (Næstved) copied it twice to find it not empty.
 */
function onlyAccessAndPunctuation(text: string): boolean {
  if (ONLY_PUNCTUATION.test(text)) return true;
  return MAY_HOLD_ACCESS_WORD.test(text) && ONLY_PUNCTUATION.test(text.replace(ACCESS_WORD, ''));
}

/** The distinctive schemes of the table as one pattern: a line where none stands holds no distinctive number. */
const DISTINCTIVE_ANYWHERE = new RegExp(
  CASE_NUMBER_SCHEMES.filter((scheme) => scheme.distinctive).map((scheme) => `(?:${scheme.pattern.source})`).join('|'),
  'u',
);

/** What every distinctive scheme holds (`17.01.02`, `-2024`, `EMN-2024`), searched with byte classes before the union. */
const MAY_HOLD_DISTINCTIVE = /\d\.\d|-\d/;

/**
 * `readCaseNumber` for callers that want only distinctive numbers (KLE, First Agenda) whatever their label:
 * one test of those schemes rejects almost every line before the full reading.
 */
export function readDistinctiveCaseNumber(line: string): CaseNumberReading | undefined {
  // Asked of every line of a body until the item has a number: a line without a digit (most prose) holds none.
  if (!holdsDigit(line) || !MAY_HOLD_DISTINCTIVE.test(line) || !DISTINCTIVE_ANYWHERE.test(line)) return undefined;
  const reading = readCaseNumber(line);
  return reading?.distinctive ? reading : undefined;
}

/** The case number when the line holds nothing else (optionally labelled `Sagsnr.:` or after `Åbent -`). */
export function readCaseNumberLine(plain: string): string | undefined {
  const reading = readCaseNumber(plain);
  return reading && reading.whole && (reading.distinctive || reading.labelled) ? reading.value : undefined;
}

/** A case-number label with nothing after it (`Sagsnr.:`): its value comes on a later line. */
export function isEmptyCaseNumberLabel(plain: string): boolean {
  const text = withoutMarkers(plain).trim();
  const match = caseNumberLabel(text);
  if (!match) return false;
  const rest = text.slice(match[0].length).trim();
  // A table's label row (Herlev: `Sagsnr.      Sagsansvarlig`): the values follow on the row under it.
  return rest.length === 0 || COLUMN_LABELS.test(rest);
}

/** Other column labels beside `Sagsnr.` in a table's label row. */
const COLUMN_LABELS = /^(?:(?:sagsansvarlig|sagsbehandler|sagsbeh\.?|dok\.?\s*nr\.?|dokumentnr\.?|initialer|ansvarlig|afdeling)\s*:?\s*)+$/iu;
