/**
 * Journal-number schemes as minutes print them. Each is returned exactly as printed; the domain decides
 * what it accepts. Distinctive shapes (KLE, First Agenda) are recognised anywhere near an item's heading;
 * the others only after a case-number label, since `2011-29298` or `14/30210` look like other numbers.
 */
export interface CaseNumberScheme {
  name: 'kle' | 'first-agenda' | 'slagelse' | 'edoc' | 'acadre' | 'sbsys' | 'year-serial' | 'serial-year' | 'serial' | 'hyphen-groups';
  pattern: RegExp;
  /** Recognised without a label in front. */
  distinctive: boolean;
  /**
   * Text that every match holds (`/` of `14/30210`, `.` of a KLE number): a text without it is not searched with the
   * pattern (most lines hold none of a scheme's separators, and each search costs as much as a short line's reading).
   */
  holds?: string;
  /**
   * Read only after its label: alone on a line the shape is another number's too (`4188/25`, an Acadre document's
   * number under the attachments), so no line of it alone is taken for a case number.
   */
  labelOnly?: boolean;
}

// KLE: `15.00.05-A00-1-19`, `88.20.04-Ø54-10-18`, hyphen-less `00.01.00P35-0104`, `00.01.00A04 - 2007/34364`, and a
// pre-2007 journal's serial after a slash (`08.03.00G01/549`).
const KLE = String.raw`\d{2}\.\d{2}\.\d{2}\s?-?\s?[A-ZÆØÅ]\d{2}(?:-\d{1,6}-\d{2}(?!\d)|\s?-\s?\d{4}\/\d{1,7}|-\d{2,6}|\/\d{1,6}(?![\d/]))?`;

export const CASE_NUMBER_SCHEMES: readonly CaseNumberScheme[] = [
  // SBSYS `2009/041177`, also after a KLE classification (`17.00.00A00 - 2009/041177`): the case is the serial.
  { name: 'sbsys', pattern: /(?<![\d/])(?:19|20)\d{2}\/\d{3,8}(?![\d/])/u, distinctive: false, holds: '/' },
  { name: 'kle', pattern: new RegExp(String.raw`(?<![\d.])${KLE}(?![\d])`, 'u'), distinctive: true, holds: '.' },
  // A classification at group level with its facet glued or a space before it (`00.01A00`, `20.07Ø54`, `00.01 A26`),
  // old protocols' `J.nr.` / `Journalnr.`: only after the label, since two two-digit groups and a letter are short
  // enough to stand for other things.
  { name: 'kle', pattern: /(?<![\d.])\d{2}\.\d{2} ?[A-ZÆØÅ]\d{2}(?![\d.])/u, distinctive: false, holds: '.' },
  { name: 'first-agenda', pattern: /\bEMN-\d{4}-\d{3,8}\b/u, distinctive: true, holds: 'EMN-' },
  // Gentofte `031288-2025` alone under its heading: six digits, a hyphen and a year name no other number.
  { name: 'serial-year', pattern: /(?<![\d-])\d{6}-(?:19|20)\d{2}(?![\d-])/u, distinctive: true, holds: '-' },
  // Kalundborg's First Agenda `25-014233` on its own line under the heading: two digits, a hyphen, six digits.
  { name: 'year-serial', pattern: /(?<![\d-])\d{2}-\d{6}(?![\d-])/u, distinctive: true, holds: '-' },
  // Aalborg's `2016-071130` alone under the title: a year, a hyphen and six digits (no span of years has six).
  { name: 'edoc', pattern: /(?<![\d-])(?:19|20)\d{2}-\d{6}(?![\d-])/u, distinctive: true, holds: '-' },
  { name: 'slagelse', pattern: /(?<![\d-])\d{3}-\d{4}-\d{3,8}(?![\d-])/u, distinctive: false, holds: '-' },
  { name: 'edoc', pattern: /(?<![\d-])(?:19|20)\d{2}-\d{3,8}(?![\d-])/u, distinctive: false, holds: '-' },
  { name: 'acadre', pattern: /(?<![\d/])\d{2}\/\d{2,8}(?![\d/])/u, distinctive: false, holds: '/' },
  // An old journal's serial over the year (`Sag nr. 106/80.`, `J.nr. 7/79`): a serial of one, three or four digits (two
  // is Acadre's shape, above; five, `15204/25`, an Acadre document's number) and a two-digit year; only after the label
  // (an Acadre document's number has four digits too).
  { name: 'serial-year', pattern: /(?<![\d/.])(?:\d|\d{3,4})\/\d{2}(?![\d/])/u, distinctive: false, holds: '/', labelOnly: true },
  // Ringkøbing-Skjern `24-031877`.
  { name: 'year-serial', pattern: /(?<![\d-])\d{2}-\d{4,8}(?![\d-])/u, distinctive: false, holds: '-' },
  // Roskilde's bare serial after its label (`Sagsnr. 299835 <udvalg> Åbent punkt`): last, so every shape above wins.
  { name: 'serial', pattern: /(?<![\d./-])\d{5,9}(?![\d./-])/u, distinctive: false },
  // Region Midtjylland's journal (rm.dk's `Sagnr.: 1-51-71-3321-08`, `Sagnr.: 0-3-1-13` over the heading): four to six
  // groups of digits joined by hyphens; only after the label (alone, such a run is a phone number's or a range's).
  { name: 'hyphen-groups', pattern: /(?<![\d./-])\d{1,4}(?:-\d{1,4}){3,5}(?![\d./-])/u, distinctive: false, holds: '-', labelOnly: true },
];

/** A case number of any scheme above but those read only after their label, as one pattern's source (the schemes' own guards kept). */
export const ANY_SCHEME = CASE_NUMBER_SCHEMES.filter((scheme) => !scheme.labelOnly).map((scheme) => `(?:${scheme.pattern.source})`).join('|');

/**
 * Lines of an item's head that label other numbers than the case (`Dok.nr.: ...`, PolWeb's `Dok. 306-2019-263412`
 * and `Initialer: PIM`): passed over when the access line (`Lukket`) is looked for under the case number.
 */
export const OTHER_ITEM_LABEL_LINE = /^(?:dok\.?(?:\s*nr\.?)?\s*:?\s+\S+|initialer\s*:.*)$/iu;

/**
 * Labels printed beside an empty `Sagsnr.` in a column of labels, their values in the same order after them (Skive's
 * KMD export: `Sagsnr.` / `Dok.nr.` / `Sagsbeh.` / three values): the case number is the first value.
 */
export const OTHER_FIELD_LABEL_ALONE = /^(?:dok\.?\s*nr|dokumentnr|sagsbeh|sagsbehandler|sagsansvarlig|initialer)\.?\s*:?$/iu;

/**
 * The words of a case-number label (`Sagsnr.`, `Sagsnummer`, `Sagsid`, `Sags-id`, `Journalnr.`, `Journalnummer`, `J.nr.`),
 * after a system's name or not (`Acadre sagsnr.`, `Acadre-sagsnr.`): one source for the label at a line's start and
 * the label anywhere in it.
 */
export const CASE_NUMBER_LABEL_WORDS = String.raw`sagsnr|sags?\s*nr|sagsnummer|sags-?id|journalnr|journalnummer|journal\s*nr|j\s*\.\s*nr|jnr`;

/** Labels in front of a case number (`Sagsnr.:`, `Sagsnummer:`, `Sagsid.:`, `J.nr.`, PolWeb's `Sag 306-2009-600`). */
export const CASE_NUMBER_LABEL = new RegExp(String.raw`^(?:(?:acadre|sbsys|edoc)[\s-]+)?(?:sag(?=\s*:?\s+\d)|${CASE_NUMBER_LABEL_WORDS})\s*\.?\s*:?`, 'iu');

/** `Sag nr. 162` (Rødovre): the item's running number in the election period, printed as its case number. */
export const SAG_NR = /^sag\s+nr\.?\s*(\d{1,5})\s*\.?$/iu;

/**
 * Labels of numbers that are not the case number and must not be taken for it (`Dok.nr.: 2012-123456`). The word
 * start is `(?<!\w)`: before a word character it means what `\b` does, and V8 runs `\b` in an `iu` pattern on a
 * slow path, at every position of an unanchored search.
 */
export const OTHER_NUMBER_LABEL = /(?<!\w)(?:dok\s*\.?\s*nr|dokumentnr|bilagsnr|akt\s*nr)\s*\.?\s*:?\s*\S+/giu;

/** `Åbent - <nr>` / `Lukket - <nr>` (SBSYS): access and case number on one line. */
export const ACCESS_WITH_NUMBER = /^(åbent?|offentlig|lukket)\s*[-–:]\s*(.+)$/iu;

/**
 * A secretariat's own reference alone on the line under an item's heading: København's local committees' `CHL 7/2009`,
 * the 2002 protocols' `(MFU 301/2002)`. Not a case number (the golden facts keep none), but only an item carries one.
 */
export const INTERNAL_REFERENCE = /^\(?\p{Lu}{2,5}\s+\d{1,4}\/(?:\d{2}|\d{4})\)?$/u;
