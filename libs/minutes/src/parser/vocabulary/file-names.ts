/**
 * A line that is a saved file's name and nothing else (`Beskæftigelsesudvalget_beslutningsliste_2022-03-08.txt`,
 * `referat_oekonomiudvalget_12-05-2021.csv`): no spaces, parts joined by `_`, an extension of a document or a
 * spreadsheet. A name with spaces is too like a sentence ending in an abbreviation to be told by its shape.
 */
export const FILE_NAME_LINE = /^[^\s/\\:]{3,120}_[^\s/\\:]{1,120}\.(?:txt|csv|tsv|tab|xlsx?|ods|pdf|docx?|odt|rtf|html?)$/iu;

/** What separates a file name's parts. */
export const FILE_NAME_PART_SEPARATOR = /_+/u;

/**
 * The dates a file name holds, each with the order of its groups as year, month, day: ISO `2022-03-08`, Danish
 * `08-03-2022` / `08.03.2022`, and compact `20220308`; none of them inside a longer run of digits.
 */
export const FILE_NAME_DATES: readonly (readonly [RegExp, readonly [number, number, number]])[] = [
  [/(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/u, [1, 2, 3]],
  [/(?<!\d)(\d{2})[-.](\d{2})[-.]((?:19|20)\d{2})(?!\d)/u, [3, 2, 1]],
  [/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/u, [1, 2, 3]],
];
