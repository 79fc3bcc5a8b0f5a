/**
 * A document converter's report printed above the text it converted: `unrtf --text` opens with `###  Translation from
 * RTF performed by UnRTF, version ...` and the RTF file's properties (`### creation date: 8 November 2005 19:12`,
 * `### author: ...`, `### company: <navn> Kommune`), then a rule of dashes, and only then the document. None of it is
 * the author's: its dates and times are the file's, not the meeting's.
 */

/**
 * A report line: three hashes and a space at the start (the converter's own marker, no Markdown heading's text). An
 * extraction's whitespace may stand before the hashes or be the space after them (a form feed, a tab, a no-break space).
 */
const REPORT_LINE = /^\s*###\s/u;
/** The rule that ends the report (a carriage return or trailing spaces after it). */
const REPORT_RULE = /^\s*-{5,}\s*$/u;
/** The text opens with the report's hashes, after whitespace at most (a byte-order mark is whitespace too). */
const OPENS_WITH_HASHES = /^\s*###/u;
/** Zero-width characters and soft hyphens an extraction may leave anywhere, between the hashes too (removed later). */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad]/gu;
const visible = (line: string) => line.replace(INVISIBLE, '');
/** What a report line names: the conversion or a file property (any whitespace between the words). */
const REPORT_NAMES = /translation\s+from\s+rtf|creation\s+date:|revision\s+date:|font\s+table/iu;

/**
 * The text with the converter's report blanked: the run of report lines at the text's start and the rule after it
 * become empty lines, so line numbers stay the source's. Only where the text starts with `### ` and a line of the run
 * names the conversion or a file property; any other text (most) is returned after one test of its first characters.
 */
export function withoutConverterReport(text: string): string {
  if (!OPENS_WITH_HASHES.test(visible(text.slice(0, 64)))) return text;
  const lines = text.split('\n');
  // (Blank lines over the report: a mail's lines blanked over a referat it quoted, `mail-quoting.ts`.)
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  let end = start;
  while (end < lines.length && REPORT_LINE.test(visible(lines[end]!))) end++;
  const report = visible(lines.slice(start, end).join('\n'));
  if (end === start || !REPORT_NAMES.test(report)) return text;
  if (end < lines.length && REPORT_RULE.test(visible(lines[end]!))) end++;
  for (let index = start; index < end; index++) lines[index] = lines[index]!.endsWith('\r') ? '\r' : '';
  return lines.join('\n');
}
