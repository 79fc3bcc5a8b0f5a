/**
 * KLE journal numbers, e.g. `15.00.05-A00-1-19`: subject `15.00.05`, action facet (a capital letter, Danish
 * letters included, and two digits), running number, two-digit year.
 */
export const CASE_NUMBER = /\b\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}\b/u;

const CASE_NUMBER_LINE = new RegExp(
  `^(?:(?:sagsnr|sags?\\s*nr|sag|journalnr|j\\.\\s*nr)\\.?\\s*:?\\s*)?(${CASE_NUMBER.source})\\.?$`,
  'iu',
);

/** The case number when the line holds nothing else (optionally labelled `Sagsnr.:`). */
export function readCaseNumberLine(plain: string): string | undefined {
  const match = CASE_NUMBER_LINE.exec(plain.replace(/\*\*|__/g, '').trim());
  return match ? match[1] : undefined;
}
